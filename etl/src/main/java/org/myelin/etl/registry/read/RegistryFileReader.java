package org.myelin.etl.registry.read;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.myelin.etl.registry.RegistryContract;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.sql.UserError;

/**
 * Streams the lines of one registry file (UTF-8, RFC 4180, one header row). Columns are matched by header
 * name, case-insensitively, in any order; unknown columns are listed for a warning. A file that cannot be
 * read at all (missing required column, not UTF-8, broken quoting) fails with one line naming it.
 */
public final class RegistryFileReader implements Iterator<SourceLine>, AutoCloseable {

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).get();
    private static final CSVFormat RAW = CSVFormat.RFC4180.builder().setRecordSeparator("").get();

    private final String name;
    private final CSVParser parser;
    private final Iterator<CSVRecord> records;
    private final Map<String, Integer> columns = new HashMap<>();
    private final List<String> unknownColumns = new ArrayList<>();

    public RegistryFileReader(RegistryFile file, Path path, String name) {
        this.name = name;
        try {
            BufferedReader reader = new BufferedReader(new InputStreamReader(Files.newInputStream(path),
                    StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)));
            this.parser = FORMAT.parse(reader);
        } catch (IOException | UncheckedIOException e) {
            throw unreadable(e, 1);
        }
        List<String> header = parser.getHeaderNames();
        for (int i = 0; i < header.size(); i++) {
            String column = header.get(i).strip().toLowerCase(Locale.ROOT);
            if (file.columns().contains(column)) {
                columns.put(column, i);
            } else {
                unknownColumns.add(header.get(i));
            }
        }
        List<String> missing = RegistryContract.requiredColumns(file).stream()
                .filter(column -> !columns.containsKey(column)).toList();
        if (!missing.isEmpty()) {
            close();
            throw new UserError(name + ": missing required column(s) " + String.join(", ", missing)
                    + " (the header has: " + String.join(", ", header) + ")");
        }
        this.records = parser.iterator();
    }

    /** Header names that are not columns of the format; their values are ignored. */
    public List<String> unknownColumns() {
        return List.copyOf(unknownColumns);
    }

    @Override
    public boolean hasNext() {
        try {
            return records.hasNext();
        } catch (UncheckedIOException e) {
            throw unreadable(e, parser.getCurrentLineNumber() + 1);
        }
    }

    @Override
    public SourceLine next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        CSVRecord record;
        try {
            record = records.next();
        } catch (UncheckedIOException e) {
            throw unreadable(e, parser.getCurrentLineNumber() + 1);
        }
        Map<String, String> values = new HashMap<>();
        columns.forEach((column, index) -> {
            if (index < record.size() && !record.get(index).isEmpty()) {
                values.put(column, record.get(index));
            }
        });
        return new SourceLine(parser.getCurrentLineNumber(), values, RAW.format(record.values()), record.isConsistent());
    }

    private UserError unreadable(Exception e, long line) {
        Throwable cause = e.getCause() == null ? e : e.getCause();
        String problem = cause instanceof CharacterCodingException ? "is not UTF-8 text" : "cannot be read as CSV ("
                + String.valueOf(cause.getMessage()).lines().findFirst().orElse("") + ")";
        return new UserError(name + " " + problem + " near line " + line + "; nothing was loaded from this export", e);
    }

    @Override
    public void close() {
        try {
            parser.close();
        } catch (IOException ignored) {
            // reading is over; nothing is lost when closing fails
        }
    }
}
