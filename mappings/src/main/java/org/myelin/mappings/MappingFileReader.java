package org.myelin.mappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;

/** Reads mapping files: the bundled ones from the classpath, and a site's own from a folder. */
public final class MappingFileReader {

    /** The mapping files bundled with Myelin, in the classpath folder {@code mappings/}. */
    public static final List<String> BUNDLED = List.of("infrastructure.csv", "drugs.csv", "measurements.csv", "conditions.csv",
            "observations.csv", "fhir.csv");

    private static final List<String> COLUMNS = List.of("source_vocabulary_id", "source_code", "source_code_description",
            "target_vocabulary_id", "target_concept_code", "target_concept_id");

    private MappingFileReader() {
    }

    /** The bundled mapping rows. */
    public static List<MappingRow> bundled() {
        List<MappingRow> rows = new ArrayList<>();
        for (String file : BUNDLED) {
            rows.addAll(bundled(file, COLUMNS, MappingFileReader::row));
        }
        return rows;
    }

    /** The rows of every {@code *.csv} file in a site's folder, in file name order, but its FHIR code systems. */
    public static List<MappingRow> folder(Path folder) {
        if (!Files.isDirectory(folder)) {
            throw new UserError("mapping folder " + folder + " does not exist or is not a folder");
        }
        List<MappingRow> rows = new ArrayList<>();
        try (var files = Files.list(folder)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith(".csv")
                    && !path.getFileName().toString().equals(FhirCodeSystems.FILE)).sorted().toList()) {
                rows.addAll(file(file, COLUMNS, MappingFileReader::row));
            }
        } catch (IOException e) {
            throw new UserError("cannot read mapping folder " + folder + ": " + e.getMessage(), e);
        }
        return rows;
    }

    static List<MappingRow> read(Reader reader, String fileName) throws IOException {
        return read(reader, fileName, COLUMNS, MappingFileReader::row);
    }

    /** The rows of a file bundled in the classpath folder {@code mappings/}. */
    static <T> List<T> bundled(String file, List<String> columns, RowReader<T> rows) {
        try (InputStream in = Objects.requireNonNull(MappingFileReader.class.getResourceAsStream("/mappings/" + file),
                "bundled mapping file " + file)) {
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "mappings/" + file, columns, rows);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled mapping file " + file, e);
        }
    }

    /** The rows of a site's file. */
    static <T> List<T> file(Path file, List<String> columns, RowReader<T> rows) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, file.toString(), columns, rows);
        } catch (IOException e) {
            throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Reads one row of a file; {@code locator} is its file and line, for the error a bad value gets. */
    @FunctionalInterface
    interface RowReader<T> {
        T read(CSVRecord record, String locator);
    }

    /**
     * Reads a CSV file (RFC 4180, trimmed, empty lines skipped) whose header has {@code columns}, in any order: a
     * missing column, a row with another number of fields or a malformed file fails naming the file, and the line.
     */
    static <T> List<T> read(Reader reader, String fileName, List<String> columns, RowReader<T> rows) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true).setTrim(true).get();
        try (CSVParser parser = format.parse(reader)) {
            List<String> missing = columns.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new UserError(fileName + ": missing column(s) " + String.join(", ", missing) + "; the header is "
                        + String.join(",", columns));
            }
            List<T> read = new ArrayList<>();
            for (CSVRecord record : parser) {
                String locator = fileName + ":" + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new UserError(locator + ": expected " + columns.size() + " fields, found " + record.size());
                }
                read.add(rows.read(record, locator));
            }
            return read;
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new UserError(fileName + ": not a valid CSV file: " + e.getMessage(), e);
        }
    }

    private static MappingRow row(CSVRecord record, String locator) {
        String sourceVocabulary = required(record, "source_vocabulary_id", locator);
        String sourceCode = required(record, "source_code", locator);
        String targetVocabulary = required(record, "target_vocabulary_id", locator);
        String code = emptyToNull(record.get("target_concept_code"));
        String id = emptyToNull(record.get("target_concept_id"));
        if (code == null && id == null) {
            throw new UserError(locator + ": give target_concept_code or target_concept_id for " + sourceCode);
        }
        Integer conceptId = null;
        if (id != null) {
            try {
                conceptId = Integer.valueOf(id);
            } catch (NumberFormatException e) {
                throw new UserError(locator + ": target_concept_id '" + id + "' is not a whole number");
            }
        }
        return new MappingRow(sourceVocabulary, sourceCode, record.get("source_code_description"), targetVocabulary,
                code, conceptId, locator);
    }

    private static String required(CSVRecord record, String column, String locator) {
        String value = emptyToNull(record.get(column));
        if (value == null) {
            throw new UserError(locator + ": " + column + " is empty");
        }
        return value;
    }

    /** A value, or null when it is empty. */
    static @Nullable String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
