package org.myelin.vocab.load;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.myelin.sql.UserError;

/**
 * The checks each line of an Athena file gets before COPY: the number of fields, UTF-8, no control
 * characters that would end a field or the data, {@code yyyymmdd} dates, and where an over-long name
 * must be cut to fit its column.
 *
 * <p>Runs on the client beside the server's COPY, so it must cost little: eight bytes are examined at
 * once, tabs are found by bit arithmetic, and only a word holding a non-ASCII or control byte is
 * looked at byte by byte.
 */
final class LineCheck {

    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGHS = 0x8080808080808080L;
    private static final long LOWS = 0x7F7F7F7F7F7F7F7FL;
    private static final long TABS = 0x0909090909090909L;
    private static final long BACKSPACES = 0x0808080808080808L;

    private final AthenaFile file;
    private final List<Field<?>> columns;
    private final boolean[] dates;
    private final int nameColumn;
    private final int nameLimit;
    private int nameEnd;
    // the state of the line being checked
    private int field;
    private int fieldStart;
    private int continuations;
    private int cut;

    LineCheck(AthenaFile file, List<Field<?>> columns) {
        this.file = file;
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

    /** Checks one line and returns -1, or the byte offset at which the name column must be cut to fit. */
    int check(long lineNumber, byte[] line, int from, int to) {
        field = 0;
        fieldStart = from;
        continuations = 0;
        cut = -1;
        int i = from;
        while (i + 8 <= to) {
            long word = (long) LONGS.get(line, i);
            if (((word & HIGHS) | zeroBytes(word) | zeroBytes(word ^ BACKSPACES)) != 0) {
                i = checkByte(lineNumber, line, i, to);
                continue;
            }
            for (long tabs = zeroBytes(word ^ TABS); tabs != 0; tabs &= tabs - 1) {
                endField(lineNumber, line, i + (Long.numberOfTrailingZeros(tabs) >>> 3));
            }
            i += 8;
        }
        while (i < to) {
            i = checkByte(lineNumber, line, i, to);
        }
        endField(lineNumber, line, to);
        if (field != dates.length) {
            throw new UserError(file.fileName() + " line " + lineNumber + ": " + field + " tab-separated fields, "
                    + "expected " + dates.length + " as in the header");
        }
        return cut;
    }

    /** Checks the byte at {@code i} (and the rest of its UTF-8 sequence); returns the index after it. */
    private int checkByte(long lineNumber, byte[] line, int i, int to) {
        int b = line[i];
        if (b == '\t') {
            endField(lineNumber, line, i);
            return i + 1;
        }
        if (b == 0 || b == '\b') {
            throw new UserError(file.fileName() + " line " + lineNumber + ": control character 0x0"
                    + Integer.toHexString(b) + " in column " + columnName(field) + "; Athena files hold only text");
        }
        if (b >= 0) {
            return i + 1;
        }
        int count = continuationBytes(lineNumber, line, i, to);
        continuations += count;
        return i + 1 + count;
    }

    /** Closes the field ending at {@code end}: checks a date, measures a name. */
    private void endField(long lineNumber, byte[] line, int end) {
        if (field < dates.length && dates[field]) {
            checkDate(lineNumber, line, fieldStart, end);
        }
        if (field == nameColumn && end - fieldStart - continuations > nameLimit) {
            cut = cutAfter(line, fieldStart, nameLimit);
            nameEnd = end;
        }
        field++;
        fieldStart = end + 1;
        continuations = 0;
    }

    /** The offset just after the {@code characters}-th UTF-8 character from {@code from}. */
    private static int cutAfter(byte[] line, int from, int characters) {
        int i = from;
        for (int seen = 0; seen < characters; seen++) {
            i++;
            while ((line[i] & 0xC0) == 0x80) {
                i++;
            }
        }
        return i;
    }

    /** A 0x80 in each byte of {@code word} that is zero, and nowhere else. */
    private static long zeroBytes(long word) {
        return ~(((word & LOWS) + LOWS) | word | LOWS);
    }

    private String columnName(int field) {
        return field < columns.size() ? columns.get(field).getName() : "#" + (field + 1);
    }

    /** Validates a UTF-8 sequence starting with the lead byte at {@code i}; returns its continuation count. */
    private int continuationBytes(long lineNumber, byte[] line, int i, int to) {
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

    private void checkDate(long lineNumber, byte[] line, int from, int to) {
        boolean valid = false;
        if (to - from == 8) {
            long word = (long) LONGS.get(line, from);
            // every byte in '0'..'9': neither below '0' nor above '9' sets a high bit
            valid = (((word - 0x3030303030303030L) | (word + 0x4646464646464646L)) & HIGHS) == 0;
            if (valid) {
                int month = (line[from + 4] - '0') * 10 + line[from + 5] - '0';
                int day = (line[from + 6] - '0') * 10 + line[from + 7] - '0';
                valid = month >= 1 && month <= 12 && day >= 1 && day <= 31;
            }
        }
        if (!valid) {
            throw new UserError(file.fileName() + " line " + lineNumber + ": " + columnName(field) + " '"
                    + new String(line, from, Math.min(to - from, 40), StandardCharsets.UTF_8)
                    + "' is not a date in yyyymmdd form");
        }
    }
}
