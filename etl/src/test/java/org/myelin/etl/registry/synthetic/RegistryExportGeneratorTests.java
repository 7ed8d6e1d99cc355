package org.myelin.etl.registry.synthetic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.registry.read.ExportCheck;
import org.myelin.sql.UserError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class RegistryExportGeneratorTests {

    @TempDir
    Path temp;

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        // given two generations with the same options
        Path first = generate(300, 7, false, "first");
        Path second = generate(300, 7, false, "second");

        // then every file is byte for byte the same
        for (RegistryFile file : RegistryFile.values()) {
            assertThat(Files.readAllBytes(second.resolve(file.fileName())))
                    .as(file.fileName())
                    .isEqualTo(Files.readAllBytes(first.resolve(file.fileName())));
        }
        assertThat(Files.readString(second.resolve("manifest.json")))
                .isEqualTo(Files.readString(first.resolve("manifest.json")));
    }

    @Test
    void anotherSeedWritesOtherPatients() throws IOException {
        // given two seeds
        Path first = generate(50, 1, false, "one");
        Path second = generate(50, 2, false, "two");

        // then the patients differ
        assertThat(Files.readAllLines(second.resolve("patients.csv")))
                .doesNotContainAnyElementsOf(Files.readAllLines(first.resolve("patients.csv")).subList(1, 51));
    }

    @Test
    void patientKIsTheSameWhateverThePopulationSize() throws IOException {
        // given a small and a larger population from one seed
        Path small = generate(40, 11, false, "small");
        Path large = generate(130, 11, false, "large");

        // then the small export is the start of the larger one, file by file
        for (RegistryFile file : List.of(RegistryFile.PATIENTS, RegistryFile.VISITS, RegistryFile.TREATMENTS,
                RegistryFile.LABS)) {
            List<String> smallLines = Files.readAllLines(small.resolve(file.fileName()));
            List<String> largeLines = Files.readAllLines(large.resolve(file.fileName()));
            assertThat(largeLines.subList(0, smallLines.size())).as(file.fileName()).isEqualTo(smallLines);
        }
    }

    @Test
    void writesEveryFileOfTheFormatWithItsHeaderAndAManifest() throws IOException {
        // when
        Path export = generate(200, 3, false, "export");

        // then each file starts with the format's columns
        for (RegistryFile file : RegistryFile.values()) {
            String header = Files.newBufferedReader(export.resolve(file.fileName()), StandardCharsets.UTF_8)
                    .readLine();
            assertThat(header).isEqualTo(String.join(",", file.columns()));
        }
        assertThat(export.resolve(RegistryFile.PATIENTS.fileName())).content().contains("PPMS");
        assertThat(export.resolve(ExpectedQuarantine.QUARANTINE_FILE)).doesNotExist();
        JsonNode manifest = JsonMapper.builder().build().readTree(export.resolve("manifest.json").toFile());
        assertThat(manifest.get("registry").asString()).isEqualTo("MYELIN-SYNTHETIC");
        assertThat(manifest.get("export_date").asString()).isEqualTo("2026-11-20");
        assertThat(manifest.get("format_version").asInt()).isEqualTo(1);
    }

    @Test
    void everyRowKeepsTheContract() throws IOException {
        // when
        Path export = generate(1500, 5, false, "export");

        // then nothing would be quarantined, and every file has rows
        ExportCheck contract = ExportCheck.of(export);
        assertThat(contract.findings()).isEmpty();
        assertThat(contract.rowsRead()).hasSize(RegistryFile.values().length).allSatisfy((file, rows) ->
                assertThat(rows).as(file).isPositive());
        assertThat(contract.rowsRead().get("patients.csv")).isEqualTo(1500);
    }

    @Test
    void writesRegistryHabitsBrandsAtcCodesAndPartialDates() throws IOException {
        // when
        Path export = generate(1500, 5, false, "export");

        // then drugs appear by generic name, brand and abbreviation, with ATC codes of both revisions
        String treatments = Files.readString(export.resolve("treatments.csv"));
        assertThat(treatments).contains(",natalizumab,", ",Tysabri,", ",DMF,", ",L04AA23,", ",L04AG03,");
        // birth and onset dates kept to month or year
        String patients = Files.readString(export.resolve("patients.csv"));
        assertThat(patients).containsPattern(",\\d{4}-\\d{2},").containsPattern(",\\d{4},");
    }

    @Test
    void reportsProgressUpToTheTotal() {
        // given
        List<Long> reported = new ArrayList<>();
        RegistryExportGenerator generator = new RegistryExportGenerator(RegistryGenerationOptions.of(4500, 1, false));

        // when
        GenerationSummary summary = generator.generate(temp.resolve("progress"), (done, total) -> {
            assertThat(total).isEqualTo(4500);
            reported.add(done);
        });

        // then
        assertThat(reported).containsExactly(2000L, 4000L, 4500L);
        assertThat(summary.patients()).isEqualTo(4500);
        assertThat(summary.rowsWritten().get(RegistryFile.PATIENTS)).isEqualTo(4500);
        assertThat(summary.rowsToQuarantine()).isZero();
        assertThat(summary.describe()).startsWith("4500 patients, ");
    }

    @Test
    void aCleanRunOverADefectiveExportRemovesTheStaleExpectations() {
        // given an export with defects
        Path export = generate(80, 4, true, "reused");
        assertThat(export.resolve(ExpectedQuarantine.QUARANTINE_FILE)).exists();

        // when the same folder gets a clean export
        generate(80, 4, false, "reused");

        // then nothing announces bad rows that are no longer there
        assertThat(export.resolve(ExpectedQuarantine.QUARANTINE_FILE)).doesNotExist();
        assertThat(export.resolve(ExpectedQuarantine.COUNTS_FILE)).doesNotExist();
    }

    @Test
    void refusesAFileAsOutputDirectory() throws IOException {
        // given
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");
        RegistryExportGenerator generator = new RegistryExportGenerator(RegistryGenerationOptions.of(1, 1, false));

        // then
        assertThatThrownBy(() -> generator.generate(file, GenerationProgress.SILENT))
                .isInstanceOf(UserError.class)
                .hasMessageContaining("not-a-directory is a file");
    }

    @Test
    void refusesAnEmptyPopulation() {
        assertThatThrownBy(() -> RegistryGenerationOptions.of(0, 1, false))
                .isInstanceOf(UserError.class)
                .hasMessage("--patients must be at least 1, got 0");
    }

    private Path generate(int patients, long seed, boolean defects, String name) {
        Path directory = temp.resolve(name);
        new RegistryExportGenerator(RegistryGenerationOptions.of(patients, seed, defects))
                .generate(directory, GenerationProgress.SILENT);
        return directory;
    }
}
