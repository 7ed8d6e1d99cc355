package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.results.Tables.DQ_CHECK_RESULTS;

import java.util.List;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/**
 * Seeds a CDM schema (tables without keys, as rows that break them leave them) with rows that violate each check type, runs
 * all checks on it, and proves each check counted exactly the rows it should.
 */
@ExtendWith(TestDatabaseExtension.class)
class DataQualityRunnerTests {

    private static TestDatabase database;
    private static DataQualityRun seeded;

    @BeforeAll
    static void runOnSeededCdm(TestDatabase testDatabase) {
        database = testDatabase;
        DSLContext sql = QualityFixture.cdm(database, "cdm_seeded", SchemaMigrator.TABLES_ONLY);
        seed(sql);
        seeded = new DataQualityRunner(database.dataSource(), Schemas.DEFAULT.withCdm("cdm_seeded")).run();
    }

    private static void seed(DSLContext sql) {
        sql.execute("""
                drop table cdm_seeded.note_nlp;
                alter table cdm_seeded.specimen drop column specimen_source_value;
                alter table cdm_seeded.location alter column zip type varchar(20);
                alter table cdm_seeded.drug_exposure alter column drug_exposure_end_date drop not null;
                insert into cdm_seeded.person (person_id, gender_concept_id, year_of_birth, birth_datetime, race_concept_id,
                    ethnicity_concept_id) values
                (1, 8507, 1980, '2001-01-01 00:00', 0, 0), (2, 8532, 1985, null, 0, 0), (3, 8507, 1990, null, 999, 0),
                (4, 201, 1800, null, 0, 0);
                insert into cdm_seeded.observation_period (observation_period_id, person_id, observation_period_start_date,
                    observation_period_end_date, period_type_concept_id) values
                (1, 1, '2000-01-01', '2010-12-31', 32817), (2, 1, '2010-06-01', '2015-01-01', 32817),
                (3, 2, '2005-01-01', '2004-01-01', 32817), (3, 3, '2001-01-01', '2002-01-01', 32817),
                (5, 99, '2001-01-01', '2002-01-01', 32817);
                insert into cdm_seeded.death (person_id, death_date, death_type_concept_id) values (2, '2020-01-01', 32817);
                insert into cdm_seeded.visit_occurrence (visit_occurrence_id, person_id, visit_concept_id, visit_start_date,
                    visit_end_date, visit_type_concept_id) values (1, 1, 0, '2005-01-01', '2005-01-02', 32817);
                insert into cdm_seeded.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id,
                    condition_start_date, condition_type_concept_id, visit_occurrence_id, condition_source_value,
                    condition_source_concept_id) values
                (1, 1, 201, '2005-01-01', 32817, 1, 'ms', null), (2, 1, 500, '2004-01-01', 32817, null, 'relapse', null),
                (3, 1, 500, '2006-01-01', 32817, 1, 'relapse', null), (4, 2, 202, '2010-01-01', 32817, null, 'mastitis', null),
                (5, 1, 202, '2010-01-01', 32817, null, 'mastitis', null), (6, 2, 201, '2021-06-01', 32817, null, 'ms', null),
                (7, 3, 600, '1970-01-01', 32817, null, 'old', null), (8, 3, 0, '2010-01-01', 32817, null, 'unknown', 0);
                insert into cdm_seeded.condition_era (condition_era_id, person_id, condition_concept_id, condition_era_start_date,
                    condition_era_end_date) values (1, 1, 201, '2005-01-01', '2005-01-01');
                insert into cdm_seeded.measurement (measurement_id, person_id, measurement_concept_id, measurement_date,
                    measurement_type_concept_id, value_as_number, unit_concept_id) values
                (1, 1, 300, '2006-01-01', 32817, 3.5, null), (2, 1, 300, '2006-02-01', 32817, 4.25, null),
                (3, 1, 300, '2006-03-01', 32817, 11, null), (4, 1, 300, '2006-04-01', 32817, null, null),
                (5, 2, 300, '2021-01-01', 32817, 6.0, null),
                (6, 1, 301, '2006-01-01', 32817, 2, null), (7, 1, 301, '2006-01-01', 32817, 7, null),
                (8, 1, 301, '2006-01-01', 32817, 2.5, null),
                (9, 1, 700, '2006-01-01', 32817, 180, 701), (10, 1, 700, '2006-01-01', 32817, 10, 701),
                (11, 1, 700, '2006-01-01', 32817, 6, 702);
                insert into cdm_seeded.drug_exposure (drug_exposure_id, person_id, drug_concept_id, drug_exposure_start_date,
                    drug_exposure_end_date, drug_type_concept_id) values
                (1, 1, 401, '2004-06-01', '2004-07-01', 32817), (2, 1, 400, '2006-01-01', '2006-02-01', 32817),
                (3, 4, 400, '2006-01-01', null, 32817);
                insert into cdm_seeded.drug_era (drug_era_id, person_id, drug_concept_id, drug_era_start_date, drug_era_end_date)
                    values (1, 1, 401, '2006-01-01', '2006-02-01');
                """);
    }

    @Test
    void structureChecksFindTheMissingTableColumnAndType() {
        assertCounts("cdmTable", "note_nlp", null, 1, 1, "FAILED");
        assertCounts("cdmTable", "person", null, 0, 1, "PASSED");
        assertCounts("cdmField", "specimen", "specimen_source_value", 1, 1, "FAILED");
        assertCounts("cdmDatatype", "location", "zip", 1, 1, "FAILED");
        assertCounts("cdmDatatype", "person", "birth_datetime", 0, 1, "PASSED");
        assertThat(seeded.results()).filteredOn(r -> r.checkName().equals("cdmDatatype") && r.failed()).hasSize(1);
        assertThat(only("cdmDatatype", "specimen", "specimen_source_value", null).notApplicable()).isTrue();
    }

    @Test
    void relationalChecksCountDuplicateKeysMissingReferencesAndNulls() {
        assertCounts("isPrimaryKey", "observation_period", "observation_period_id", 2, 5, "FAILED");
        assertCounts("isPrimaryKey", "person", "person_id", 0, 4, "PASSED");
        assertCounts("isForeignKey", "observation_period", "person_id", 1, 5, "FAILED");
        assertCounts("isForeignKey", "person", "race_concept_id", 1, 4, "FAILED");
        assertCounts("isRequired", "drug_exposure", "drug_exposure_end_date", 1, 3, "FAILED");
        assertCounts("fkDomain", "person", "gender_concept_id", 1, 4, "FAILED");
        assertCounts("fkClass", "drug_era", "drug_concept_id", 1, 1, "FAILED");
        assertCounts("isStandardValidConcept", "condition_occurrence", "condition_concept_id", 1, 8, "FAILED");
    }

    @Test
    void checksCountedOnGroupedValuesCountWhatTheirOwnRowByRowQueryCounts() {
        Schemas schemas = Schemas.DEFAULT.withCdm("cdm_seeded");
        DSLContext sql = database.sql().configuration().derive(schemas.settings()).dsl();
        List<CheckInstance> grouped = CheckPlan.instances(sql, QualityConfiguration.bundled(), schemas).stream()
                .filter(check -> check.query() != null && check.query().valueTest() != null).toList();
        java.util.Map<String, CheckResult> results = seeded.results().stream()
                .collect(java.util.stream.Collectors.toMap(CheckResult::checkId, result -> result));

        assertThat(grouped).extracting(check -> check.type().name())
                .contains("isForeignKey", "fkDomain", "fkClass", "isStandardValidConcept", "sourceValueCompleteness");
        int violating = 0;
        for (CheckInstance check : grouped) {
            CheckResult result = results.get(check.checkId());
            if (result.isError()) {
                continue; // a column the seeded schema dropped: its grouped statement fell back to this very query
            }
            var alone = sql.fetchOne(check.query().counts());
            assertThat(counts(result)).as(check.checkId()).containsExactly(alone.get(0, Long.class), alone.get(1, Long.class));
            violating += result.numViolatedRows() > 0 ? 1 : 0;
        }
        assertThat(violating).as("grouped checks that found violations").isGreaterThanOrEqualTo(5);
    }

    @Test
    void completenessChecksCountEmptyAndUnmappedValues() {
        assertCounts("measureValueCompleteness", "condition_occurrence", "condition_end_date", 8, 8, "PASSED");
        assertCounts("standardConceptRecordCompleteness", "condition_occurrence", "condition_concept_id", 1, 8, "FAILED");
        assertCounts("sourceConceptRecordCompleteness", "condition_occurrence", "condition_source_concept_id", 1, 8, "PASSED");
        assertCounts("sourceValueCompleteness", "condition_occurrence", "condition_source_value", 1, 5, "FAILED");
        assertCounts("measurePersonCompleteness", "observation_period", null, 1, 4, "FAILED");
        assertCounts("measureConditionEraCompleteness", "condition_era", null, 2, 3, "FAILED");
    }

    @Test
    void temporalChecksCountRecordsOutsideLifeVisitAndPeriod() {
        assertCounts("measureObservationPeriodOverlap", "observation_period", null, 2, 5, "FAILED");
        assertCounts("plausibleStartBeforeEnd", "observation_period", "observation_period_start_date", 1, 5, "FAILED");
        assertCounts("plausibleAfterBirth", "observation_period", "observation_period_start_date", 1, 4, "FAILED");
        assertCounts("plausibleAfterBirth", "condition_occurrence", "condition_start_date", 1, 8, "FAILED");
        assertCounts("plausibleBeforeDeath", "condition_occurrence", "condition_start_date", 1, 2, "FAILED");
        assertCounts("plausibleDuringLife", "condition_occurrence", "condition_start_date", 1, 2, "FAILED");
        assertCounts("plausibleBeforeDeath", "measurement", "measurement_date", 1, 1, "FAILED");
        assertCounts("plausibleTemporalAfter", "observation_period", "observation_period_start_date", 1, 2, "FAILED");
        assertCounts("withinVisitDates", "condition_occurrence", "condition_start_date", 1, 2, "FAILED");
    }

    @Test
    void valueAndConceptChecksCountImplausibleValuesGendersAndUnits() {
        assertCounts("plausibleValueLow", "person", "year_of_birth", 1, 4, "FAILED");
        assertCounts("plausibleValueHigh", "person", "year_of_birth", 0, 4, "PASSED");
        CheckResult heightLow = only("plausibleValueLow", "measurement", "measurement_concept_id", 700);
        assertThat(counts(heightLow)).containsExactly(1L, 2L);
        assertThat(heightLow.unitConceptId()).isEqualTo(701);
        assertThat(counts(only("plausibleGender", "condition_occurrence", "condition_concept_id", 202))).containsExactly(1L, 2L);
        assertThat(counts(only("plausibleUnitConceptIds", "measurement", "measurement_concept_id", 700))).containsExactly(1L, 3L);
    }

    @Test
    void multipleSclerosisChecksCountImplausibleScoresAndDates() {
        CheckResult edss = only("msEdssRange", "measurement", "measurement_concept_id", 300);
        assertThat(counts(edss)).containsExactly(3L, 5L);
        assertThat(edss.pctViolatedRows()).isEqualTo(0.6);
        assertThat(counts(only("msFunctionalSystemRange", "measurement", "measurement_concept_id", 301))).containsExactly(2L, 3L);
        assertThat(counts(only("msEdssAfterDeath", "measurement", "measurement_concept_id", 300))).containsExactly(1L, 1L);
        assertCounts("msDmtAfterOnset", "drug_exposure", "drug_concept_id", 1, 2, "FAILED");
        assertCounts("msRelapseAfterOnset", "condition_occurrence", "condition_concept_id", 1, 2, "FAILED");
    }

    @Test
    void conceptsMissingFromTheVocabularyMakeTheirChecksNotApplicable() {
        CheckResult brainstem = seeded.results().stream().filter(r -> r.checkName().equals("msFunctionalSystemRange")
                && r.checkDescription().contains("fs-brainstem")).findFirst().orElseThrow();
        assertThat(brainstem.notApplicable()).isTrue();
        assertThat(brainstem.notApplicableReason()).contains("Myelin fs-brainstem").contains("not in the vocabulary");
    }

    @Test
    void checkOnAMissingTableIsAnErrorWhileTheOthersRun() {
        CheckResult onMissingTable = only("isRequired", "note_nlp", "note_nlp_id", null);
        assertThat(onMissingTable.isError()).isTrue();
        assertThat(onMissingTable.error()).contains("note_nlp");
        assertThat(seeded.results()).filteredOn(CheckResult::isError).allSatisfy(result -> assertThat(
                result.cdmTableName().equals("note_nlp") || "specimen_source_value".equals(result.cdmFieldName())).isTrue());
        assertThat(seeded.results()).filteredOn(CheckResult::passed).hasSizeGreaterThan(500);
    }

    @Test
    void everyInstanceIsStoredOnceWithTheRunAndSchema() {
        List<String> ids = database.sql().select(DQ_CHECK_RESULTS.CHECK_ID).from(DQ_CHECK_RESULTS)
                .where(DQ_CHECK_RESULTS.RUN_ID.eq(seeded.runId()), DQ_CHECK_RESULTS.CDM_SCHEMA.eq("cdm_seeded"))
                .fetch(DQ_CHECK_RESULTS.CHECK_ID);
        assertThat(ids).hasSize(seeded.results().size()).doesNotHaveDuplicates();
        Long stored = database.sql().select(DQ_CHECK_RESULTS.NUM_VIOLATED_ROWS).from(DQ_CHECK_RESULTS)
                .where(DQ_CHECK_RESULTS.RUN_ID.eq(seeded.runId()), DQ_CHECK_RESULTS.CHECK_ID.eq("concept_msedssrange_measurement_measurement_concept_id_300"))
                .fetchOne(DQ_CHECK_RESULTS.NUM_VIOLATED_ROWS);
        assertThat(stored).isEqualTo(3L);
    }

    @Test
    void summaryCountsEveryInstanceOnceByCategory() {
        CategorySummary all = seeded.summary().getLast();
        assertThat(all.category()).isEqualTo("All");
        assertThat(all.total()).isEqualTo(seeded.results().size());
        assertThat(seeded.summary()).extracting(CategorySummary::category)
                .containsExactly("Completeness", "Conformance", "Plausibility", "All");
        assertThat(seeded.summaryText()).contains("cdm_seeded").contains("Plausibility");
    }

    @Test
    void checkingASchemaThatDoesNotExistIsAUserError() {
        DataQualityRunner runner = new DataQualityRunner(database.dataSource(), Schemas.DEFAULT.withCdm("cdm_next"));

        org.assertj.core.api.Assertions.assertThatThrownBy(runner::run).isInstanceOf(org.myelin.sql.UserError.class)
                .hasMessage("there is no CDM schema 'cdm_next' to check; load one first, or check another schema");
    }

    private static void assertCounts(String check, String table, @Nullable String field, long violated, long denominator,
            String status) {
        CheckResult result = only(check, table, field, null);
        assertThat(counts(result)).as(result.checkId()).containsExactly(violated, denominator);
        assertThat(result.status()).as(result.checkId()).isEqualTo(status);
    }

    private static List<Long> counts(CheckResult result) {
        return java.util.Arrays.asList(result.numViolatedRows(), result.numDenominatorRows());
    }

    private static CheckResult only(String check, String table, @Nullable String field, @Nullable Integer concept) {
        List<CheckResult> matching = seeded.results().stream().filter(r -> r.checkName().equals(check)
                && r.cdmTableName().equals(table) && java.util.Objects.equals(r.cdmFieldName(), field)
                && (concept == null || concept.equals(r.conceptId()))).toList();
        assertThat(matching).as(check + " " + table + "." + field).hasSize(1);
        return matching.get(0);
    }
}
