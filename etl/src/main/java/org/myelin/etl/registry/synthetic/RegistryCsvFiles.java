package org.myelin.etl.registry.synthetic;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.myelin.etl.registry.RegistryFile;

/**
 * All files of one export, open at once and written row by row as RFC 4180 CSV, counting the rows.
 *
 * <p>Commons CSV prints each row into a plain StringBuilder that is handed to the file in large chunks: printing
 * straight into a Writer costs a lock per value, which dominated the generation time.
 */
final class RegistryCsvFiles implements RowSink, AutoCloseable {

    private static final int CHUNK = 1 << 16;

    private final Map<RegistryFile, CSVPrinter> printers = new EnumMap<>(RegistryFile.class);
    private final Map<RegistryFile, StringBuilder> buffers = new EnumMap<>(RegistryFile.class);
    private final Map<RegistryFile, Writer> writers = new EnumMap<>(RegistryFile.class);
    private final Map<RegistryFile, Long> rows = new EnumMap<>(RegistryFile.class);

    RegistryCsvFiles(Path directory) throws IOException {
        try {
            for (RegistryFile file : RegistryFile.values()) {
                CSVFormat format = CSVFormat.RFC4180.builder()
                        .setHeader(file.columns().toArray(String[]::new))
                        .get();
                writers.put(file, new OutputStreamWriter(new BufferedOutputStream(
                        Files.newOutputStream(directory.resolve(file.fileName())), CHUNK), StandardCharsets.UTF_8));
                StringBuilder buffer = new StringBuilder(CHUNK + 1024);
                buffers.put(file, buffer);
                printers.put(file, new CSVPrinter(buffer, format));
                rows.put(file, 0L);
            }
        } catch (IOException | RuntimeException e) {
            close();
            throw e;
        }
    }

    @Override
    public void row(RegistryFile file, String[] values) {
        try {
            printers.get(file).printRecord((Object[]) values);
            StringBuilder buffer = buffers.get(file);
            if (buffer.length() >= CHUNK) {
                drain(file, buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.merge(file, 1L, Long::sum);
    }

    private void drain(RegistryFile file, StringBuilder buffer) throws IOException {
        writers.get(file).append(buffer);
        buffer.setLength(0);
    }

    /** Data rows written per file, in the format's file order. */
    Map<RegistryFile, Long> rowCounts() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (Map.Entry<RegistryFile, Writer> entry : writers.entrySet()) {
            try (Writer writer = entry.getValue()) {
                StringBuilder buffer = buffers.get(entry.getKey());
                if (buffer != null) {
                    drain(entry.getKey(), buffer);
                }
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
