package org.myelin.vocab.load;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.myelin.vocab.validate.ValidationReport;

/**
 * The outcome of a vocabulary load that was swapped in.
 *
 * @param tables one entry per file copied, in load order
 * @param copyTime the time spent streaming the files (COPY), without schema set-up, keys and indexes
 * @param indexTime the time spent building primary keys and indexes and analysing the tables
 * @param total the whole load, swap included
 * @param keptLocalConcepts local concepts (ids from 2,000,000,000) carried over from the previous vocabulary
 * @param validation the checks of the new vocabulary, made before it was swapped in
 */
public record LoadResult(List<TableLoad> tables, Duration copyTime, Duration indexTime, Duration total,
        long keptLocalConcepts, ValidationReport validation) {

    public LoadResult {
        tables = List.copyOf(tables);
    }

    public long rows() {
        return tables.stream().mapToLong(TableLoad::rows).sum();
    }

    public long truncatedNames() {
        return tables.stream().mapToLong(TableLoad::truncatedNames).sum();
    }

    public double rowsPerSecond() {
        return rows() / Math.max(copyTime.toNanos() / 1e9, 1e-9);
    }

    /** The summary a command line prints at the end: rows per table, seconds, rows/s and what needs attention. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>();
        for (TableLoad table : tables) {
            lines.add(String.format("%-22s %,14d rows %9.1f s %,12.0f rows/s%s", table.table(), table.rows(),
                    seconds(table.elapsed()), table.rowsPerSecond(),
                    table.truncatedNames() > 0 ? "  (" + table.truncatedNames() + " names cut to the column length)" : ""));
        }
        lines.add(String.format("%-22s %,14d rows %9.1f s %,12.0f rows/s", "copy", rows(), seconds(copyTime),
                rowsPerSecond()));
        lines.add(String.format("%-22s %29.1f s", "keys and indexes", seconds(indexTime)));
        lines.add(String.format("%-22s %29.1f s", "total", seconds(total)));
        if (keptLocalConcepts > 0) {
            lines.add("kept " + keptLocalConcepts + " local concepts (ids from 2,000,000,000) of the previous vocabulary");
        }
        lines.add("vocabulary version: " + (validation.version() == null ? "unknown" : validation.version()));
        validation.problems().forEach(problem -> lines.add("warning: " + problem));
        return lines;
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
