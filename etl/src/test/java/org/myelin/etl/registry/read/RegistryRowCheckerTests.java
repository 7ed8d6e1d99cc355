package org.myelin.etl.registry.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.registry.ColumnRule.Violation;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.registry.synthetic.GenerationProgress;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.sql.UserError;

class RegistryRowCheckerTests {

    @TempDir
    Path temp;

    @Test
    void everySeededDefectIsFoundWithItsColumnAndReasonAndNothingElse() throws IOException {
        // given a generated export with every kind of bad row, and the counts its generator announces
        Path export = temp.resolve("export");
        new RegistryExportGenerator(RegistryGenerationOptions.of(300, 9, true)).generate(export, GenerationProgress.SILENT);
        Map<String, Long> expected = new TreeMap<>();
        for (CSVRecord row : csv(export.resolve("expected-quarantine.csv"))) {
            expected.put(row.get("file") + " " + row.get("column") + " " + row.get("reason"), Long.parseLong(row.get("count")));
        }
        Map<String, Long> expectedRead = new TreeMap<>();
        for (CSVRecord row : csv(export.resolve("expected-counts.csv"))) {
            expectedRead.put(row.get("file"), Long.parseLong(row.get("rows_read")));
        }

        // when every file is read and checked in load order
        ExportCheck check = ExportCheck.of(export);
        Map<String, Long> found = new TreeMap<>();
        check.findings().forEach((finding, count) -> found.put(finding.file() + " " + finding.column() + " " + finding.reason(), count));
        Map<String, Long> read = check.rowsRead();

        // then the checker finds exactly the announced bad rows, and reads every row
        assertThat(found).isEqualTo(expected);
        assertThat(read).isEqualTo(expectedRead);
    }

    @Test
    void headersMatchWhateverTheirCaseAndOrderAndUnknownColumnsAreListed() throws IOException {
        Path file = write("patients.csv", "Sex,PATIENT_ID,favourite_colour\nF,P1,blue\nM,P2,\n");

        try (RegistryFileReader lines = new RegistryFileReader(RegistryFile.PATIENTS, file, "patients.csv")) {
            List<SourceLine> read = new ArrayList<>();
            lines.forEachRemaining(read::add);

            assertThat(lines.unknownColumns()).containsExactly("favourite_colour");
            assertThat(read).extracting(line -> line.line() + ":" + line.get("patient_id") + ":" + line.get("sex"))
                    .containsExactly("2:P1:F", "3:P2:M");
            assertThat(read.getFirst().raw()).isEqualTo("F,P1,blue");
        }
    }

    @Test
    void fileThatCannotBeReadFailsWithOneLineNamingIt() throws IOException {
        Path noRequired = write("visits.csv", "patient_id,edss\nP1,2.0\n");
        Path latin1 = temp.resolve("labs.csv");
        Files.write(latin1, "patient_id,sample_date,test,value\nP1,2020-01-01,vitamin_d,5\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));

        assertThatThrownBy(() -> new RegistryFileReader(RegistryFile.VISITS, noRequired, "visits.csv"))
                .isInstanceOf(UserError.class).hasMessageStartingWith("visits.csv: missing required column(s) visit_date");
        assertThatThrownBy(() -> {
            try (RegistryFileReader lines = new RegistryFileReader(RegistryFile.LABS, latin1, "labs.csv")) {
                lines.forEachRemaining(line -> { });
            }
        }).isInstanceOf(UserError.class).hasMessageContaining("labs.csv is not UTF-8 text near line");
        assertThatThrownBy(() -> RegistryExport.open(temp.resolve("nowhere")))
                .isInstanceOf(UserError.class).hasMessageContaining("does not exist");
    }

    @Test
    void rowWithAnotherNumberOfFieldsIsQuarantinedNotFatal() throws IOException {
        Path file = write("patients.csv", "patient_id,sex,birth_date\nP1,F,1970,extra\nP2,M,1971\n");
        RegistryRowChecker checker = new RegistryRowChecker();

        try (RegistryFileReader lines = new RegistryFileReader(RegistryFile.PATIENTS, file, "patients.csv")) {
            assertThat(checker.check(RegistryFile.PATIENTS, lines.next())).extracting(Violation::reason)
                    .hasToString("MALFORMED_ROW");
            assertThat(checker.check(RegistryFile.PATIENTS, lines.next())).isNull();
        }
    }

    private Path write(String name, String content) throws IOException {
        Path file = temp.resolve(name);
        Files.writeString(file, content);
        return file;
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
