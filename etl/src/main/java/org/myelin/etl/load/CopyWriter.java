package org.myelin.etl.load;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.Schemas;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * Streams rows into one table with PostgreSQL {@code COPY ... FROM STDIN (FORMAT csv)} on a connection of
 * its own, in buffered chunks, so that memory stays bounded however many rows pass.
 *
 * <p>Values are written as CSV: null as an empty unquoted field, every string quoted, so that an empty
 * string stays an empty string. The rows are committed when the writer is closed.
 */
public final class CopyWriter implements AutoCloseable {

    private static final int FLUSH_BYTES = 1 << 20;

    private final Connection connection;
    private final CopyIn copy;
    private final int columns;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(FLUSH_BYTES + 4096);
    private final StringBuilder line = new StringBuilder(256);
    private long rows;

    public CopyWriter(DataSource dataSource, Schemas schemas, Table<?> table, List<? extends Field<?>> fields) {
        DSLContext render = DSL.using(Schemas.dialect(), schemas.settings());
        String columnList = fields.stream().map(field -> render.render(DSL.name(field.getName())))
                .collect(Collectors.joining(", "));
        String sql = "copy " + render.render(table) + " (" + columnList + ") from stdin (format csv)";
        try {
            this.connection = dataSource.getConnection();
            connection.setAutoCommit(false);
            this.copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot start COPY into " + table.getName() + ": " + e.getMessage(), e);
        }
        this.columns = fields.size();
    }

    /** A writer of whole rows of a table: every field, in the table's order. */
    public CopyWriter(DataSource dataSource, Schemas schemas, Table<?> table) {
        this(dataSource, schemas, table, List.of(table.fields()));
    }

    /** Writes one row; the values follow the order of the fields given to the constructor. */
    public void write(@Nullable Object... values) {
        if (values.length != columns) {
            throw new IllegalArgumentException("expected " + columns + " values, got " + values.length);
        }
        line.setLength(0);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                line.append(',');
            }
            appendValue(values[i]);
        }
        line.append('\n');
        buffer.writeBytes(line.toString().getBytes(StandardCharsets.UTF_8));
        rows++;
        if (buffer.size() >= FLUSH_BYTES) {
            flush();
        }
    }

    public long rows() {
        return rows;
    }

    private void appendValue(@Nullable Object value) {
        if (value == null) {
            return;
        }
        if (value instanceof Number || value instanceof java.time.temporal.TemporalAccessor || value instanceof Boolean) {
            line.append(value);
            return;
        }
        String text = value.toString();
        line.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                line.append('"');
            }
            line.append(c);
        }
        line.append('"');
    }

    private void flush() {
        try {
            byte[] bytes = buffer.toByteArray();
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.reset();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }

    /** Ends the COPY and commits the rows. */
    @Override
    public void close() {
        try (connection) {
            flush();
            copy.endCopy();
            connection.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("COPY failed: " + e.getMessage(), e);
        }
    }
}
