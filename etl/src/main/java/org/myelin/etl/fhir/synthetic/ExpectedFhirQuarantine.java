package org.myelin.etl.fhir.synthetic;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.myelin.etl.fhir.synthetic.FhirDefectSeeder.BadLine;

/**
 * What an ETL run must quarantine for a generated set with defects, written beside the NDJSON: every seeded
 * line with its file, line number, id and kind, and per file lines written = lines to quarantine + valid
 * resources (loaded or skipped by a rule).
 */
final class ExpectedFhirQuarantine {

    /** Every seeded bad line. */
    static final String QUARANTINE_FILE = "expected-quarantine.csv";
    /** Per NDJSON file, lines written, to quarantine and valid. */
    static final String COUNTS_FILE = "expected-counts.csv";

    private record Seeded(String file, long line, BadLine bad) {
    }

    private final List<Seeded> seeded = new ArrayList<>();

    void seeded(long line, BadLine bad) {
        seeded.add(new Seeded(NdjsonFiles.fileName(bad.fileType()), line, bad));
    }

    long total() {
        return seeded.size();
    }

    void write(Path directory, Map<String, Long> linesPerType) throws IOException {
        try (Writer writer = Files.newBufferedWriter(directory.resolve(QUARANTINE_FILE), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader("file", "line", "resource_type", "resource_id", "defect", "detail").get())) {
            for (Seeded line : seeded) {
                BadLine bad = line.bad();
                printer.printRecord(line.file(), line.line(), bad.resourceType(), bad.id(), bad.defect().code(),
                        bad.detail());
            }
        }
        Map<String, Long> bad = new TreeMap<>();
        seeded.forEach(line -> bad.merge(line.file(), 1L, Long::sum));
        try (Writer writer = Files.newBufferedWriter(directory.resolve(COUNTS_FILE), StandardCharsets.UTF_8);
                CSVPrinter printer = new CSVPrinter(writer, CSVFormat.RFC4180.builder()
                        .setHeader("file", "lines", "lines_to_quarantine", "valid_resources").get())) {
            for (Map.Entry<String, Long> type : new TreeMap<>(linesPerType).entrySet()) {
                String file = NdjsonFiles.fileName(type.getKey());
                long toQuarantine = bad.getOrDefault(file, 0L);
                printer.printRecord(file, type.getValue(), toQuarantine, type.getValue() - toQuarantine);
            }
        }
    }
}
