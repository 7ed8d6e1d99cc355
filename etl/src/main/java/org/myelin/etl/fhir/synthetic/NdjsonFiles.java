package org.myelin.etl.fhir.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Bulk Data output: one {@code Type.ndjson} file per resource type, one resource per line. */
final class NdjsonFiles implements AutoCloseable {

    private final Map<String, Writer> writers = new LinkedHashMap<>();
    private final Map<String, Long> lines = new LinkedHashMap<>();

    /** Opens (and empties) the file of every type, so a type without resources still has its file. */
    NdjsonFiles(Path directory, Iterable<String> types) throws IOException {
        for (String type : types) {
            writers.put(type, Files.newBufferedWriter(directory.resolve(fileName(type)), StandardCharsets.UTF_8));
            lines.put(type, 0L);
        }
    }

    static String fileName(String type) {
        return type + ".ndjson";
    }

    /** Appends a line to a type's file and returns its line number (1-based). */
    long write(String type, String json) {
        Writer writer = writers.get(type);
        if (writer == null) {
            throw new IllegalArgumentException("no NDJSON file for " + type);
        }
        try {
            writer.write(json);
            writer.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return lines.merge(type, 1L, Long::sum);
    }

    /** Lines written per type. */
    Map<String, Long> lineCounts() {
        return Map.copyOf(lines);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Writer writer : writers.values()) {
            try {
                writer.close();
            } catch (IOException e) {
                failure = e;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
