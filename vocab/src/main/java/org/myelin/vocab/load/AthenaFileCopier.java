package org.myelin.vocab.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.myelin.sql.UserError;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * Streams one Athena file into its table with COPY, checking each line on the way.
 *
 * <p>Athena files are tab-separated with no quoting, so COPY runs in CSV mode with a backspace as the
 * quote character: a {@code "} or a backslash in a name stays a literal character. The checks that
 * COPY cannot make with a useful message (columns, UTF-8, number of fields, {@code yyyymmdd} dates)
 * are made here, and names longer than their column are cut to fit and counted.
 */
final class AthenaFileCopier {

    private static final int FLUSH_AT = 1 << 20;
    private static final long PROGRESS_NANOS = 500_000_000L;
    private static final Pattern COPY_LINE = Pattern.compile("line (\\d+)(?:, column (\\w+))?");

    private final CopyManager copyManager;
    private final LoadProgress progress;

    AthenaFileCopier(CopyManager copyManager, LoadProgress progress) {
        this.copyManager = copyManager;
        this.progress = progress;
    }

    TableLoad copy(AthenaFile file, InputStream in, String schema) throws IOException, SQLException {
        long started = System.nanoTime();
        progress.fileStarted(file);
        LineReader lines = new LineReader(in);
        Layout layout = readHeader(file, lines);
        CopyIn copy = copyManager.copyIn(copyStatement(file, schema, layout.columns()));
        byte[] out = new byte[FLUSH_AT + (1 << 16)];
        int used = 0;
        long rows = 0;
        long truncated = 0;
        long lastReport = started;
        try {
            while (lines.next()) {
                long lineNumber = rows + 2;
                byte[] line = lines.buffer();
                int from = lines.lineStart();
                int to = lines.lineEnd();
                int cut = layout.check(file, lineNumber, line, from, to);
                int needed = to - from + 1;
                if (used + needed > out.length) {
                    copy.writeToCopy(out, 0, used);
                    used = 0;
                    if (needed > out.length) {
                        out = new byte[needed];
                    }
                }
                if (cut < 0) {
                    System.arraycopy(line, from, out, used, to - from);
                    used += to - from;
                } else {
                    truncated++;
                    System.arraycopy(line, from, out, used, cut - from);
                    used += cut - from;
                    int rest = layout.nameEnd();
                    System.arraycopy(line, rest, out, used, to - rest);
                    used += to - rest;
                }
                out[used++] = '\n';
                rows++;
                if ((rows & 0xFFFF) == 0) {
                    long now = System.nanoTime();
                    if (now - lastReport > PROGRESS_NANOS) {
                        lastReport = now;
                        progress.rowsCopied(file, rows, Duration.ofNanos(now - started));
                    }
                }
            }
            if (used > 0) {
                copy.writeToCopy(out, 0, used);
            }
            copy.endCopy();
        } catch (SQLException e) {
            throw translate(file, e);
        } catch (RuntimeException | IOException e) {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
            throw e;
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        progress.fileFinished(file, rows, elapsed);
        return new TableLoad(file.table().getName(), rows, elapsed, truncated);
    }

    private static Layout readHeader(AthenaFile file, LineReader lines) throws IOException {
        if (!lines.next()) {
            throw new UserError(file.fileName() + " line 1: the file is empty; an Athena file starts with a header row");
        }
        byte[] buffer = lines.buffer();
        int from = lines.lineStart();
        if (lines.lineEnd() - from >= 3 && (buffer[from] & 0xFF) == 0xEF && (buffer[from + 1] & 0xFF) == 0xBB
                && (buffer[from + 2] & 0xFF) == 0xBF) {
            from += 3;
        }
        String header = new String(buffer, from, lines.lineEnd() - from, StandardCharsets.UTF_8);
        List<String> names = Arrays.stream(header.split("\t", -1)).map(name -> name.trim().toLowerCase(Locale.ROOT))
                .toList();
        List<Field<?>> expected = file.columns();
        List<Field<?>> columns = new ArrayList<>();
        for (String name : names) {
            expected.stream().filter(field -> field.getName().equals(name)).findFirst()
                    .filter(field -> !columns.contains(field)).ifPresent(columns::add);
        }
        if (columns.size() != names.size() || columns.size() != expected.size()) {
            throw new UserError(file.fileName() + " line 1: the columns are [" + String.join(", ", names)
                    + "] but Athena's " + file.fileName() + " has tab-separated columns ["
                    + expected.stream().map(Field::getName).collect(Collectors.joining(", ")) + "]");
        }
        return new Layout(columns);
    }

    private static String copyStatement(AthenaFile file, String schema, List<Field<?>> columns) {
        String notNullText = columns.stream()
                .filter(field -> !field.getDataType().nullable() && field.getDataType().isString())
                .map(field -> quote(field.getName()))
                .collect(Collectors.joining(", "));
        return "COPY " + quote(schema) + "." + quote(file.table().getName()) + " ("
                + columns.stream().map(field -> quote(field.getName())).collect(Collectors.joining(", "))
                + ") FROM STDIN WITH (FORMAT csv, DELIMITER E'\\t', QUOTE E'\\b'"
                + (notNullText.isEmpty() ? "" : ", FORCE_NOT_NULL (" + notNullText + ")") + ")";
    }

    private static String quote(String identifier) {
        return '"' + identifier + '"';
    }

    /** Turns a data error that PostgreSQL found during COPY into a message naming the file line (header = line 1). */
    private static RuntimeException translate(AthenaFile file, SQLException e) {
        String state = e.getSQLState();
        ServerErrorMessage server = e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
        if (server == null || state == null || !(state.startsWith("22") || state.startsWith("23"))) {
            return new IllegalStateException("COPY of " + file.fileName() + " failed: " + e.getMessage(), e);
        }
        String where = server.getWhere() == null ? "" : server.getWhere();
        Matcher matcher = COPY_LINE.matcher(where);
        String location = matcher.find()
                ? " line " + (Long.parseLong(matcher.group(1)) + 1)
                        + (matcher.group(2) == null ? "" : ", column " + matcher.group(2))
                : "";
        return new UserError(file.fileName() + location + ": " + server.getMessage(), e);
    }

    /** The header's column order and the per-line checks that follow from it. */
    private static final class Layout {
        private final List<Field<?>> columns;
        private final boolean[] dates;
        private final int nameColumn;
        private final int nameLimit;
        private int nameEnd;

        Layout(List<Field<?>> columns) {
            this.columns = columns;
            this.dates = new boolean[columns.size()];
            int name = -1;
            int limit = 0;
            for (int i = 0; i < columns.size(); i++) {
                Field<?> field = columns.get(i);
                dates[i] = field.getDataType().isDate();
                if (field.getName().endsWith("_name") && field.getDataType().hasLength()) {
                    name = i;
                    limit = field.getDataType().length();
                }
            }
            this.nameColumn = name;
            this.nameLimit = limit;
        }

        List<Field<?>> columns() {
            return columns;
        }

        /** Where the over-long name found by the last {@link #check} ends in the line. */
        int nameEnd() {
            return nameEnd;
        }

        /**
         * Checks one line and returns -1, or the byte offset at which the name column must be cut to fit.
         */
        int check(AthenaFile file, long lineNumber, byte[] line, int from, int to) {
            int field = 0;
            int fieldStart = from;
            int chars = 0;
            int cut = -1;
            for (int i = from; i <= to; i++) {
                int b = i == to ? '\t' : line[i];
                if (b == '\t') {
                    if (field < dates.length) {
                        if (dates[field]) {
                            checkDate(file, lineNumber, field, line, fieldStart, i);
                        }
                        if (field == nameColumn && chars > nameLimit) {
                            nameEnd = i;
                        } else if (field == nameColumn) {
                            cut = -1;
                        }
                    }
                    field++;
                    fieldStart = i + 1;
                    chars = 0;
                    continue;
                }
                if (b == 0 || b == '\b') {
                    throw new UserError(file.fileName() + " line " + lineNumber + ": control character 0x0"
                            + Integer.toHexString(b) + " in column " + columnName(field)
                            + "; Athena files hold only text");
                }
                if (b < 0) {
                    i += continuationBytes(file, lineNumber, field, line, i, to);
                }
                chars++;
                if (field == nameColumn && chars == nameLimit) {
                    cut = i + 1;
                }
            }
            if (field != dates.length) {
                throw new UserError(file.fileName() + " line " + lineNumber + ": " + field + " tab-separated fields, "
                        + "expected " + dates.length + " as in the header");
            }
            return cut;
        }

        private String columnName(int field) {
            return field < columns.size() ? columns.get(field).getName() : "#" + (field + 1);
        }

        /** Validates a UTF-8 sequence starting with the lead byte at {@code i}; returns its continuation count. */
        private int continuationBytes(AthenaFile file, long lineNumber, int field, byte[] line, int i, int to) {
            int lead = line[i] & 0xFF;
            int count = lead >= 0xC2 && lead <= 0xDF ? 1 : lead >= 0xE0 && lead <= 0xEF ? 2
                    : lead >= 0xF0 && lead <= 0xF4 ? 3 : -1;
            boolean valid = count > 0;
            for (int k = 1; valid && k <= count; k++) {
                valid = i + k < to && (line[i + k] & 0xC0) == 0x80;
            }
            if (!valid) {
                throw new UserError(file.fileName() + " line " + lineNumber + ": byte 0x"
                        + Integer.toHexString(lead).toUpperCase(Locale.ROOT) + " in column " + columnName(field)
                        + " is not UTF-8; Athena files are UTF-8, convert the file (for example with iconv)");
            }
            return count;
        }

        private void checkDate(AthenaFile file, long lineNumber, int field, byte[] line, int from, int to) {
            boolean valid = to - from == 8;
            for (int i = from; valid && i < to; i++) {
                valid = line[i] >= '0' && line[i] <= '9';
            }
            if (valid) {
                int month = (line[from + 4] - '0') * 10 + line[from + 5] - '0';
                int day = (line[from + 6] - '0') * 10 + line[from + 7] - '0';
                valid = month >= 1 && month <= 12 && day >= 1 && day <= 31;
            }
            if (!valid) {
                throw new UserError(file.fileName() + " line " + lineNumber + ": " + columnName(field) + " '"
                        + new String(line, from, Math.min(to - from, 40), StandardCharsets.UTF_8)
                        + "' is not a date in yyyymmdd form");
            }
        }
    }
}
