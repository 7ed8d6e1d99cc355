package org.myelin.etl.derive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_ERA;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DOSE_ERA;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_ERA;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;
import static org.myelin.sql.jooq.vocab.Tables.SOURCE_TO_CONCEPT_MAP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The era and observation-period algorithms on hand-computed cases. */
@ExtendWith(TestDatabaseExtension.class)
class DerivedTablesTests {

    private static final int INGREDIENT = 735843;
    private static final int CLINICAL_DRUG = 40000001;
    private static final int NO_INGREDIENT = 40000002;
    private static final int MILLIGRAM = 2000000086;

    private static DSLContext sql;

    @BeforeAll
    static void data(TestDatabase database) {
        database.migrate();
        sql = database.sql();
        LocalDate from = d("1970-01-01");
        LocalDate to = d("2099-12-31");
        sql.insertInto(CONCEPT, CONCEPT.CONCEPT_ID, CONCEPT.CONCEPT_NAME, CONCEPT.DOMAIN_ID, CONCEPT.VOCABULARY_ID,
                        CONCEPT.CONCEPT_CLASS_ID, CONCEPT.STANDARD_CONCEPT, CONCEPT.CONCEPT_CODE, CONCEPT.VALID_START_DATE,
                        CONCEPT.VALID_END_DATE)
                .values(INGREDIENT, "natalizumab", "Drug", "RxNorm", "Ingredient", "S", "354770", from, to)
                .values(CLINICAL_DRUG, "natalizumab 300 MG injection", "Drug", "RxNorm", "Clinical Drug", "S", "x1", from, to)
                .values(NO_INGREDIENT, "a drug with no ingredient", "Drug", "RxNorm", "Clinical Drug", "S", "x2", from, to)
                .execute();
        sql.insertInto(CONCEPT_ANCESTOR, CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID, CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID,
                        CONCEPT_ANCESTOR.MIN_LEVELS_OF_SEPARATION, CONCEPT_ANCESTOR.MAX_LEVELS_OF_SEPARATION)
                .values(INGREDIENT, INGREDIENT, 0, 0).values(INGREDIENT, CLINICAL_DRUG, 1, 1)
                .values(NO_INGREDIENT, NO_INGREDIENT, 0, 0)
                .execute();
        for (int person = 1; person <= 4; person++) {
            sql.insertInto(PERSON, PERSON.PERSON_ID, PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH, PERSON.RACE_CONCEPT_ID,
                    PERSON.ETHNICITY_CONCEPT_ID).values(person, 0, 1980, 0, 0).execute();
        }
        condition(1, 1, 100, "2020-01-01", "2020-01-10");
        condition(2, 1, 100, "2020-02-09", "2020-02-15");   // 30 days after the last end: same era
        condition(3, 1, 100, "2020-03-20", null);           // 34 days after: new era, ends the next day
        condition(4, 1, 200, "2020-01-05", "2020-01-06");
        condition(5, 2, 100, "2021-05-01", "2021-06-01");
        condition(6, 2, 100, "2021-05-10", "2021-05-20");   // inside the first
        condition(7, 3, 100, "2022-01-01", "2022-01-01");
        condition(8, 3, 100, "2022-02-01", "2022-02-02");   // 31 days after: new era
        condition(9, 3, 0, "2022-01-01", "2022-01-02");     // unmapped: no era
        drug(1, 1, CLINICAL_DRUG, "2020-01-01", "2020-01-31");
        drug(2, 1, INGREDIENT, "2020-01-15", "2020-02-14");  // overlaps the first: one sub-exposure of 44 days
        drug(3, 1, INGREDIENT, "2020-03-10", "2020-04-09");  // 25-day gap: same era
        drug(4, 2, INGREDIENT, "2020-01-01", "2020-01-11");
        drug(5, 2, INGREDIENT, "2020-03-01", "2020-03-11");  // 50-day gap: new era
        drug(6, 2, NO_INGREDIENT, "2020-01-01", "2020-01-02");
        drug(7, 2, 0, "2020-01-01", "2020-01-02");
        dosed(8, 3, CLINICAL_DRUG, "2020-01-01", "2020-01-29", "300", "mg");
        dosed(9, 3, INGREDIENT, "2020-02-20", "2020-03-19", "300", "mg");   // 22-day gap, same dose: same era
        dosed(10, 3, INGREDIENT, "2020-03-20", "2020-04-17", "150", "mg");  // the dose changes: a dose era of its own
        dosed(11, 3, INGREDIENT, "2020-06-01", "2020-06-29", "300", "mg");  // 74 days after the last 300 mg: new era
        dosed(12, 4, INGREDIENT, "2021-01-01", "2021-01-31", "250", " MG"); // units match as the mapping files match
        dosed(13, 4, INGREDIENT, "2021-03-01", "2021-03-10", "1", "vial");  // a unit no mapping row knows: no dose era
        dosed(14, 4, INGREDIENT, "2021-05-01", "2021-05-10", null, "mg");   // no recorded amount: no dose era
        sql.insertInto(CONCEPT, CONCEPT.CONCEPT_ID, CONCEPT.CONCEPT_NAME, CONCEPT.DOMAIN_ID, CONCEPT.VOCABULARY_ID,
                        CONCEPT.CONCEPT_CLASS_ID, CONCEPT.STANDARD_CONCEPT, CONCEPT.CONCEPT_CODE, CONCEPT.VALID_START_DATE,
                        CONCEPT.VALID_END_DATE)
                .values(MILLIGRAM, "milligram", "Unit", "Myelin", "Unit", "S", "mg", from, to).execute();
        sql.insertInto(SOURCE_TO_CONCEPT_MAP, SOURCE_TO_CONCEPT_MAP.SOURCE_CODE, SOURCE_TO_CONCEPT_MAP.SOURCE_CONCEPT_ID,
                        SOURCE_TO_CONCEPT_MAP.SOURCE_VOCABULARY_ID, SOURCE_TO_CONCEPT_MAP.TARGET_CONCEPT_ID,
                        SOURCE_TO_CONCEPT_MAP.TARGET_VOCABULARY_ID, SOURCE_TO_CONCEPT_MAP.VALID_START_DATE,
                        SOURCE_TO_CONCEPT_MAP.VALID_END_DATE)
                .values("mg", 0, "MyelinUnit", MILLIGRAM, "Myelin", from, to)
                .values("vial", 0, "MyelinUnit", 0, "Myelin", from, to)
                .execute();
        sql.insertInto(VISIT_OCCURRENCE, VISIT_OCCURRENCE.VISIT_OCCURRENCE_ID, VISIT_OCCURRENCE.PERSON_ID,
                        VISIT_OCCURRENCE.VISIT_CONCEPT_ID, VISIT_OCCURRENCE.VISIT_START_DATE, VISIT_OCCURRENCE.VISIT_END_DATE,
                        VISIT_OCCURRENCE.VISIT_TYPE_CONCEPT_ID)
                .values(1, 1, 0, d("2019-06-01"), d("2019-06-01"), 0).execute();
        sql.insertInto(DEATH, DEATH.PERSON_ID, DEATH.DEATH_DATE).values(1, d("2021-01-01")).execute();
    }

    @Test
    void conditionErasBridgeGapsOfUpTo30Days() {
        int written = new ConditionEraBuilder().build(sql);

        assertThat(written).isEqualTo(6);
        assertThat(sql.select(CONDITION_ERA.PERSON_ID, CONDITION_ERA.CONDITION_CONCEPT_ID, CONDITION_ERA.CONDITION_ERA_START_DATE,
                        CONDITION_ERA.CONDITION_ERA_END_DATE, CONDITION_ERA.CONDITION_OCCURRENCE_COUNT)
                .from(CONDITION_ERA).orderBy(CONDITION_ERA.CONDITION_ERA_ID).fetch().map(r -> r.intoList().toString()))
                .containsExactly(
                        "[1, 100, 2020-01-01, 2020-02-15, 2]",
                        "[1, 100, 2020-03-20, 2020-03-21, 1]",
                        "[1, 200, 2020-01-05, 2020-01-06, 1]",
                        "[2, 100, 2021-05-01, 2021-06-01, 2]",
                        "[3, 100, 2022-01-01, 2022-01-01, 1]",
                        "[3, 100, 2022-02-01, 2022-02-02, 1]");
    }

    @Test
    void drugErasRollUpToIngredientsAndCountTheDaysNotExposed() {
        int written = new DrugEraBuilder().build(sql);

        assertThat(written).isEqualTo(7);
        assertThat(sql.select(DRUG_ERA.PERSON_ID, DRUG_ERA.DRUG_CONCEPT_ID, DRUG_ERA.DRUG_ERA_START_DATE,
                        DRUG_ERA.DRUG_ERA_END_DATE, DRUG_ERA.DRUG_EXPOSURE_COUNT, DRUG_ERA.GAP_DAYS)
                .from(DRUG_ERA).orderBy(DRUG_ERA.DRUG_ERA_ID).fetch().map(r -> r.intoList().toString()))
                .containsExactly(
                        "[1, 735843, 2020-01-01, 2020-04-09, 3, 25]",
                        "[2, 735843, 2020-01-01, 2020-01-11, 1, 0]",
                        "[2, 735843, 2020-03-01, 2020-03-11, 1, 0]",
                        "[3, 735843, 2020-01-01, 2020-04-17, 3, 23]",
                        "[3, 735843, 2020-06-01, 2020-06-29, 1, 0]",
                        "[4, 735843, 2021-01-01, 2021-03-10, 2, 29]",
                        "[4, 735843, 2021-05-01, 2021-05-10, 1, 0]");
    }

    @Test
    void doseErasKeepOneDoseInOneUnitPerEraAndSkipExposuresWithoutAMappedDose() {
        int written = new DoseEraBuilder().build(sql);

        assertThat(written).isEqualTo(4);
        assertThat(sql.select(DOSE_ERA.PERSON_ID, DOSE_ERA.DRUG_CONCEPT_ID, DOSE_ERA.UNIT_CONCEPT_ID, DOSE_ERA.DOSE_VALUE,
                        DOSE_ERA.DOSE_ERA_START_DATE, DOSE_ERA.DOSE_ERA_END_DATE)
                .from(DOSE_ERA).orderBy(DOSE_ERA.DOSE_ERA_ID).fetch()
                .map(r -> List.of(r.value1(), r.value2(), r.value3(), r.value4().stripTrailingZeros().toPlainString(), r.value5(),
                        r.value6()).toString()))
                .containsExactly(
                        "[3, 735843, 2000000086, 300, 2020-01-01, 2020-03-19]",
                        "[3, 735843, 2000000086, 150, 2020-03-20, 2020-04-17]",
                        "[3, 735843, 2000000086, 300, 2020-06-01, 2020-06-29]",
                        "[4, 735843, 2000000086, 250, 2021-01-01, 2021-01-31]");
    }

    @Test
    void observationPeriodSpansEveryRecordOfAPersonAndBuildingTwiceGivesTheSameRows() {
        new ObservationPeriodBuilder().build(sql, 32817);
        int written = new ObservationPeriodBuilder().build(sql, 32817);

        assertThat(written).isEqualTo(4);
        assertThat(sql.select(OBSERVATION_PERIOD.PERSON_ID, OBSERVATION_PERIOD.OBSERVATION_PERIOD_START_DATE,
                        OBSERVATION_PERIOD.OBSERVATION_PERIOD_END_DATE, OBSERVATION_PERIOD.PERIOD_TYPE_CONCEPT_ID)
                .from(OBSERVATION_PERIOD).orderBy(OBSERVATION_PERIOD.PERSON_ID).fetch().map(r -> r.intoList().toString()))
                .containsExactly(
                        "[1, 2019-06-01, 2021-01-01, 32817]",
                        "[2, 2020-01-01, 2021-06-01, 32817]",
                        "[3, 2020-01-01, 2022-02-02, 32817]",
                        "[4, 2021-01-01, 2021-05-10, 32817]");
    }

    private static void condition(int id, int person, int concept, String start, String end) {
        sql.insertInto(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_OCCURRENCE_ID, CONDITION_OCCURRENCE.PERSON_ID,
                        CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, CONDITION_OCCURRENCE.CONDITION_START_DATE,
                        CONDITION_OCCURRENCE.CONDITION_END_DATE, CONDITION_OCCURRENCE.CONDITION_TYPE_CONCEPT_ID)
                .values(id, person, concept, d(start), end == null ? null : d(end), 0).execute();
    }

    private static void drug(int id, int person, int concept, String start, String end) {
        sql.insertInto(DRUG_EXPOSURE, DRUG_EXPOSURE.DRUG_EXPOSURE_ID, DRUG_EXPOSURE.PERSON_ID, DRUG_EXPOSURE.DRUG_CONCEPT_ID,
                        DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE, DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE,
                        DRUG_EXPOSURE.DRUG_TYPE_CONCEPT_ID)
                .values(id, person, concept, d(start), d(end), 0).execute();
    }

    private static void dosed(int id, int person, int concept, String start, String end, String dose, String unit) {
        drug(id, person, concept, start, end);
        sql.update(DRUG_EXPOSURE).set(DRUG_EXPOSURE.QUANTITY, dose == null ? null : new BigDecimal(dose))
                .set(DRUG_EXPOSURE.DOSE_UNIT_SOURCE_VALUE, unit).where(DRUG_EXPOSURE.DRUG_EXPOSURE_ID.eq(id)).execute();
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

}
