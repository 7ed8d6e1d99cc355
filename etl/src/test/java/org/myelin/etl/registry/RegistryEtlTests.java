package org.myelin.etl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;
import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.nightly.CdmChecksum;
import org.myelin.etl.registry.synthetic.GenerationProgress;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/** The registry job end to end on a generated export with every kind of bad row, on the starter vocabulary. */
@ExtendWith(TestDatabaseExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RegistryEtlTests {

    @TempDir
    static Path temp;

    private static TestDatabase database;
    private static DSLContext cdm;
    private static Path export;
    private static RegistryRunReport first;

    @BeforeAll
    static void loadOnce(TestDatabase testDatabase) {
        database = testDatabase;
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        export = temp.resolve("export");
        new RegistryExportGenerator(RegistryGenerationOptions.of(150, 21, true)).generate(export, GenerationProgress.SILENT);
        cdm = database.sql();
        first = new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(export, List.of());
    }

    @Test
    @Order(1)
    void everyFileReconcilesReadWithLoadedPlusQuarantinedAsTheGeneratorAnnounced() throws IOException {
        Map<String, RegistryRunReport.FileCounts> expected = new TreeMap<>();
        for (CSVRecord row : csv(export.resolve("expected-counts.csv"))) {
            long read = Long.parseLong(row.get("rows_read"));
            if (read > 0) {
                expected.put(row.get("file"), new RegistryRunReport.FileCounts(read, Long.parseLong(row.get("rows_loaded")),
                        Long.parseLong(row.get("rows_quarantined"))));
            }
        }

        Map<String, Long> expectedReasons = new TreeMap<>();
        for (CSVRecord row : csv(export.resolve("expected-quarantine.csv"))) {
            expectedReasons.put(row.get("file") + " " + row.get("column") + " " + row.get("reason"), Long.parseLong(row.get("count")));
        }
        Map<String, Long> reasons = new TreeMap<>();
        cdm.select(QUARANTINE.SOURCE, QUARANTINE.COLUMN_NAME, QUARANTINE.REASON).from(QUARANTINE)
                .where(QUARANTINE.RUN_ID.eq(first.runId())).forEach(row -> reasons.merge(row.value1() + " "
                        + (row.value2() == null ? "" : row.value2()) + " " + row.value3().substring(0, row.value3().indexOf(':')),
                        1L, Long::sum));

        assertThat(new TreeMap<>(first.files())).isEqualTo(expected);
        assertThat(reasons).isEqualTo(expectedReasons);
        assertThat((long) cdm.fetchCount(QUARANTINE)).isEqualTo(first.quarantined()).isPositive();
        assertThat(cdm.fetchCount(PERSON)).isEqualTo((int) first.files().get("patients.csv").loaded());
    }

    @Test
    @Order(2)
    void publishedCdmHoldsMappedClinicalRows() {
        assertThat(cdm.fetchCount(MEASUREMENT, MEASUREMENT.MEASUREMENT_CONCEPT_ID.eq(2000000020))).as("EDSS").isPositive();
        assertThat(cdm.fetchCount(DRUG_EXPOSURE, DRUG_EXPOSURE.DRUG_CONCEPT_ID.eq(735843))).as("natalizumab").isPositive();
        assertThat(cdm.fetchCount(PERSON, PERSON.GENDER_CONCEPT_ID.in(8507, 8532))).isEqualTo(cdm.fetchCount(PERSON,
                PERSON.GENDER_SOURCE_VALUE.in("F", "M")));
        assertThat(cdm.fetchCount(OBSERVATION_PERIOD)).isPositive().isLessThanOrEqualTo(cdm.fetchCount(PERSON));
        assertThat(cdm.fetchValue("select count(*) from information_schema.schemata where schema_name = 'cdm_next'"))
                .isEqualTo(0L);
        assertThat(cdm.select(RUN_LOG.STATUS).from(RUN_LOG).where(RUN_LOG.RUN_ID.eq(first.runId())).fetchOne(RUN_LOG.STATUS))
                .isEqualTo("COMPLETED");
    }

    @Test
    @Order(3)
    void theSameExportTwiceGivesAnIdenticalCdm() {
        Map<String, String> before = CdmChecksum.of(cdm);

        new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(export, List.of());

        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
    }

    @Test
    @Order(4)
    void unreadableFileFailsTheRunAndLeavesThePublishedCdmAsItWas() throws IOException {
        Map<String, String> before = CdmChecksum.of(cdm);
        Path broken = temp.resolve("broken");
        Files.createDirectories(broken);
        for (Path file : Files.list(export).toList()) {
            Files.copy(file, broken.resolve(file.getFileName()));
        }
        Files.writeString(broken.resolve("visits.csv"), "patient_id,edss\nP1,2.0\n");

        assertThatThrownBy(() -> new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(broken, List.of()))
                .isInstanceOf(UserError.class).hasMessageContaining("visits.csv: missing required column(s) visit_date");

        assertThat(CdmChecksum.of(cdm)).isEqualTo(before);
        assertThat(cdm.select(RUN_LOG.STATUS, RUN_LOG.MESSAGE).from(RUN_LOG).orderBy(RUN_LOG.RUN_ID.desc()).limit(1).fetchOne())
                .satisfies(run -> {
                    assertThat(run.value1()).isEqualTo("FAILED");
                    assertThat(run.value2()).contains("visits.csv").contains("nothing was published");
                });
    }

    private static List<CSVRecord> csv(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
