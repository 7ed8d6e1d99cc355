package org.myelin.etl.registry.synthetic;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.myelin.etl.registry.RegistryFile;

/** All files of one export, open at once and written row by row as RFC 4180 CSV, counting the rows. */
final class RegistryCsvFiles implements RowSink, AutoCloseable {

    private static final int BUFFER = 1 << 16;

    private final Map<RegistryFile, CSVPrinter> printers = new EnumMap<>(RegistryFile.class);
    private final Map<RegistryFile, Long> rows = new EnumMap<>(RegistryFile.class);

    RegistryCsvFiles(Path directory) throws IOException {
        try {
            for (RegistryFile file : RegistryFile.values()) {
                CSVFormat format = CSVFormat.RFC4180.builder()
                        .setHeader(file.columns().toArray(String[]::new))
                        .get();
                BufferedWriter writer = new BufferedWriter(new OutputStreamWriter(
                        Files.newOutputStream(directory.resolve(file.fileName())), StandardCharsets.UTF_8), BUFFER);
                printers.put(file, new CSVPrinter(writer, format));
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        rows.merge(file, 1L, Long::sum);
    }

    /** Data rows written per file, in the format's file order. */
    Map<RegistryFile, Long> rowCounts() {
        return new LinkedHashMap<>(rows);
    }

    @Override
    public void close() throws IOException {
        IOException failure = null;
        for (CSVPrinter printer : printers.values()) {
            try {
                printer.close();
            } catch (IOException e) {
                failure = failure == null ? e : failure;
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
