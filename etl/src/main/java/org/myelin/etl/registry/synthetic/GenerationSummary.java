package org.myelin.etl.registry.synthetic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import org.myelin.etl.registry.RegistryFile;

/**
 * The result of a generation.
 *
 * @param directory where the export was written
 * @param patients how many simulated patients it holds (seeded bad rows not counted)
 * @param rowsWritten data rows per file, seeded bad rows included
 * @param rowsToQuarantine how many of those rows the ETL must quarantine (0 without defects)
 * @param elapsed how long it took
 */
public record GenerationSummary(Path directory, int patients, Map<RegistryFile, Long> rowsWritten,
        long rowsToQuarantine, Duration elapsed) {

    public long totalRows() {
        return rowsWritten.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A one-line summary for the command line. */
    public String describe() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(Locale.ROOT, "%d patients, %d rows in %d files written to %s in %.1f s"
                + " (%.0f rows/s)%s", patients, totalRows(), rowsWritten.size(), directory, seconds,
                totalRows() / seconds, rowsToQuarantine > 0 ? ", " + rowsToQuarantine + " bad rows seeded" : "");
    }
}
