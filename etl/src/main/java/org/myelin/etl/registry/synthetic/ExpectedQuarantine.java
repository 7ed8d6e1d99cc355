package org.myelin.etl.registry.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryFile;

/**
 * The quarantine an ETL run must produce for a generated export: per file, column and reason how many rows, and
 * per file rows read = rows loaded + rows quarantined. Written beside the export's own files.
 */
final class ExpectedQuarantine {

    /** Per file, column and reason, how many rows break the contract that way. */
    static final String QUARANTINE_FILE = "expected-quarantine.csv";
    /** Per file, rows read, loaded and quarantined. */
    static final String COUNTS_FILE = "expected-counts.csv";

    private record Key(RegistryFile file, String column, QuarantineReason reason) {
    }

    private static final Comparator<Key> ORDER = Comparator.comparing(Key::file).thenComparing(Key::column)
            .thenComparing(Key::reason);

    private final Map<Key, Long> counts = new TreeMap<>(ORDER);

    void count(RegistryFile file, String column, QuarantineReason reason) {
        counts.merge(new Key(file, column, reason), 1L, Long::sum);
    }

    long total() {
        return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    void write(Path directory, Map<RegistryFile, Long> rowsRead) throws IOException {
        try (Writer writer = Files.newBufferedWriter(directory.resolve(QUARANTINE_FILE), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer,
                        CSVFormat.RFC4180.builder().setHeader("file", "column", "reason", "count").get())) {
            for (Map.Entry<Key, Long> entry : counts.entrySet()) {
                Key key = entry.getKey();
                printer.printRecord(key.file().fileName(), key.column(), key.reason().code(), entry.getValue());
            }
        }
        Map<RegistryFile, Long> quarantined = new EnumMap<>(RegistryFile.class);
        counts.forEach((key, count) -> quarantined.merge(key.file(), count, Long::sum));
        try (Writer writer = Files.newBufferedWriter(directory.resolve(COUNTS_FILE), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader("file", "rows_read", "rows_loaded", "rows_quarantined").get())) {
            for (RegistryFile file : RegistryFile.values()) {
                long read = rowsRead.getOrDefault(file, 0L);
                long bad = quarantined.getOrDefault(file, 0L);
                printer.printRecord(file.fileName(), read, read - bad, bad);
            }
        }
    }
}
