package org.myelin.etl.load;

import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.myelin.sql.Schemas;

/**
 * Where mapped CDM rows go: one COPY stream per table, opened when the table's first row arrives, all
 * committed on close. Rows are the generated jOOQ records, so every value lands in its own column.
 */
public final class CdmSink implements AutoCloseable {

    private final DataSource dataSource;
    private final Schemas schemas;
    // generated tables are singletons; identity spares jOOQ's costly equals and hashCode on every row
    private final Map<Table<?>, CopyWriter> writers = new IdentityHashMap<>();

    public CdmSink(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    public void write(TableRecord<?> row) {
        // not row.intoArray(): that goes through jOOQ's record mapper cache, whose lookup took 27 % of the loading
        // thread's CPU (BENCHMARKS.md, registry ETL)
        Object[] values = new Object[row.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = row.get(i);
        }
        writers.computeIfAbsent(row.getTable(), table -> new CopyWriter(dataSource, schemas, table)).write(values);
    }

    /** Rows written so far, by table name. */
    public Map<String, Long> rowsByTable() {
        Map<String, Long> rows = new LinkedHashMap<>();
        writers.forEach((table, writer) -> rows.put(table.getName(), writer.rows()));
        return rows;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        for (CopyWriter writer : writers.values()) {
            try {
                writer.close();
            } catch (RuntimeException e) {
                if (failure == null) {
                    failure = e;
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
