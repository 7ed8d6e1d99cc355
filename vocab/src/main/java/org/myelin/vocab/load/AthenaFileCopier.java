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

    /** Small sends keep the socket full while the next lines are checked, so client and server work in parallel. */
    private static final int FLUSH_AT = 1 << 16;
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
        LineCheck check = readHeader(file, lines);
        CopyIn copy = copyManager.copyIn(copyStatement(file, schema, check.columns()));
        byte[] out = new byte[FLUSH_AT];
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
                int cut = check.check(lineNumber, line, from, to);
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
                    int rest = check.nameEnd();
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

    private static LineCheck readHeader(AthenaFile file, LineReader lines) throws IOException {
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
        return new LineCheck(file, columns);
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
}
