package org.myelin.etl.registry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.registry.read.ExportCheck;

class DefectSeedingTests {

    @TempDir
    static Path temp;

    static Path clean;
    static Path defective;
    static GenerationSummary summary;

    @BeforeAll
    static void generate() {
        clean = temp.resolve("clean");
        defective = temp.resolve("defective");
        new RegistryExportGenerator(RegistryGenerationOptions.of(2000, 9, false))
                .generate(clean, GenerationProgress.SILENT);
        summary = new RegistryExportGenerator(RegistryGenerationOptions.of(2000, 9, true))
                .generate(defective, GenerationProgress.SILENT);
    }

    @Test
    void badRowsMatchTheExpectedQuarantineExactly() throws IOException {
        // when the export is read by the contract's rules
        ExportCheck contract = ExportCheck.of(defective);

        // then the bad rows found are exactly those announced, by file, column and reason
        Map<ExportCheck.Finding, Long> expected = new HashMap<>();
        for (CSVRecord record : records(defective.resolve(ExpectedQuarantine.QUARANTINE_FILE))) {
            expected.put(new ExportCheck.Finding(record.get("file"), record.get("column"),
                    record.get("reason")), Long.parseLong(record.get("count")));
        }
        assertThat(contract.findings()).isEqualTo(expected);
        assertThat(summary.rowsToQuarantine()).isEqualTo(expected.values().stream().mapToLong(Long::longValue).sum());
    }

    @Test
    void rowsReadEqualLoadedPlusQuarantinedForEveryFile() throws IOException {
        // given
        ExportCheck contract = ExportCheck.of(defective);
        Map<String, Long> quarantined = contract.findings().entrySet().stream().collect(Collectors.groupingBy(
                entry -> entry.getKey().file(), Collectors.summingLong(Map.Entry::getValue)));

        // then expected-counts.csv holds the rows really read, and read = loaded + quarantined
        List<CSVRecord> counts = records(defective.resolve(ExpectedQuarantine.COUNTS_FILE));
        assertThat(counts).hasSize(RegistryFile.values().length);
        for (CSVRecord count : counts) {
            String file = count.get("file");
            long read = Long.parseLong(count.get("rows_read"));
            assertThat(read).as(file).isEqualTo(contract.rowsRead().get(file));
            assertThat(Long.parseLong(count.get("rows_quarantined"))).as(file)
                    .isEqualTo(quarantined.getOrDefault(file, 0L));
            assertThat(Long.parseLong(count.get("rows_loaded")) + Long.parseLong(count.get("rows_quarantined")))
                    .as(file).isEqualTo(read);
        }
    }

    @Test
    void everyKindOfBadInputIsSeededInEveryFileItApplies() throws IOException {
        // when
        List<CSVRecord> expected = records(defective.resolve(ExpectedQuarantine.QUARANTINE_FILE));

        // then every reason occurs, and every file has bad rows
        assertThat(expected.stream().map(record -> record.get("reason")).collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(QuarantineReason.values()).map(QuarantineReason::code)
                        .collect(Collectors.toSet()));
        assertThat(expected.stream().map(record -> record.get("file")).collect(Collectors.toSet()))
                .isEqualTo(Arrays.stream(RegistryFile.values()).map(RegistryFile::fileName)
                        .collect(Collectors.toSet()));
        // the format's own examples
        assertThat(expected).anySatisfy(record -> {
            assertThat(record.get("file")).isEqualTo("visits.csv");
            assertThat(record.get("column")).isEqualTo("edss");
            assertThat(record.get("reason")).isEqualTo("out_of_range");
        });
        assertThat(Files.readString(defective.resolve("visits.csv"))).contains(",11,");
    }

    @Test
    void aTinyExportStillCarriesEveryKindAndReconciles() throws IOException {
        // given fewer patients than kinds of bad rows
        Path tiny = temp.resolve("tiny");
        new RegistryExportGenerator(RegistryGenerationOptions.of(7, 3, true)).generate(tiny, GenerationProgress.SILENT);

        // then every kind is there once, and the contract finds exactly the announced rows
        List<CSVRecord> expected = records(tiny.resolve(ExpectedQuarantine.QUARANTINE_FILE));
        long kinds = expected.stream().mapToLong(record -> Long.parseLong(record.get("count"))).sum();
        assertThat(kinds).isEqualTo(DefectKinds.all().size() + 2);
        Map<ExportCheck.Finding, Long> announced = new HashMap<>();
        expected.forEach(record -> announced.put(new ExportCheck.Finding(record.get("file"),
                record.get("column"), record.get("reason")), Long.parseLong(record.get("count"))));
        assertThat(ExportCheck.of(tiny).findings()).isEqualTo(announced);
    }

    @Test
    void defectsAreAddedBesideTheCleanRowsWhichStayAsTheyWere() throws IOException {
        List<CSVRecord> counts = records(defective.resolve(ExpectedQuarantine.COUNTS_FILE));
        for (RegistryFile file : RegistryFile.values()) {
            // given
            List<String> cleanLines = Files.readAllLines(clean.resolve(file.fileName()));
            Set<String> defectiveLines = Set.copyOf(Files.readAllLines(defective.resolve(file.fileName())));

            // then every clean row is still there, and at least one row was added per row to quarantine
            assertThat(cleanLines.stream().filter(line -> !defectiveLines.contains(line)).toList())
                    .as(file.fileName()).isEmpty();
            long quarantined = counts.stream().filter(count -> count.get("file").equals(file.fileName()))
                    .mapToLong(count -> Long.parseLong(count.get("rows_quarantined"))).sum();
            assertThat(summary.rowsWritten().get(file) - (cleanLines.size() - 1)).as(file.fileName())
                    .isGreaterThanOrEqualTo(quarantined);
        }
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .getRecords();
        }
    }
}
