package org.myelin.etl.load;

import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.Schemas;

/**
 * Where a run puts every record it rejects, with source, locator (file and line, or resource id), column,
 * reason and the raw record, streamed into {@code myelin.quarantine}; counts per source for the run report.
 */
public final class Quarantine implements AutoCloseable {

    private final long runId;
    private final CopyWriter writer;
    private final Map<String, Long> countsBySource = new TreeMap<>();

    public Quarantine(DataSource dataSource, Schemas schemas, long runId) {
        this.runId = runId;
        this.writer = new CopyWriter(dataSource, schemas, QUARANTINE, List.of(QUARANTINE.RUN_ID, QUARANTINE.SOURCE,
                QUARANTINE.LOCATOR, QUARANTINE.COLUMN_NAME, QUARANTINE.REASON, QUARANTINE.RAW_RECORD));
    }

    public void reject(String source, String locator, @Nullable String column, String reason, @Nullable String rawRecord) {
        writer.write(runId, source, locator, column, reason, rawRecord);
        countsBySource.merge(source, 1L, Long::sum);
    }

    public long count(String source) {
        return countsBySource.getOrDefault(source, 0L);
    }

    public Map<String, Long> countsBySource() {
        return Map.copyOf(countsBySource);
    }

    @Override
    public void close() {
        writer.close();
    }
}
