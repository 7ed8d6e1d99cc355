package org.myelin.cohort.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.CARE_SITE;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DOSE_ERA;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PAYER_PLAN_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_DETAIL;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_RELATIONSHIP;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/**
 * Criteria types and attributes the Circe conformance cases do not reach, each run on a small CDM of three persons:
 * person 1 (gender 2001, born 1980), person 2 (gender 2002, born 1950), both observed 2010 to 2020, and person 3
 * (gender 2001, born 2000) observed 2015 to 2016.
 */
@ExtendWith(TestDatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CriteriaTypeTests {


    private CohortGenerator generator;
    private DSLContext sql;
    private int nextCohortId = 1;

    @BeforeAll
    void createCdm(TestDatabase database) {
        sql = HandBuiltCdm.create(database);
        generator = new CohortGenerator(database.dataSource(), Schemas.DEFAULT);
        // concepts: 1 with descendants 2 and 3; 900 a source code that maps to 2; visit 9201; drugs 10 and 11;
        // visit detail types 300 and 301; places of service 800 and 801
        HandBuiltCdm.concepts(sql, 1, 2, 3, 900, 9201, 10, 11, 300, 301, 800, 801);
        for (int descendant : new int[] {2, 3}) {
            sql.insertInto(CONCEPT_ANCESTOR).values(1, descendant, 1, 1).execute();
        }
        sql.insertInto(CONCEPT_RELATIONSHIP, CONCEPT_RELATIONSHIP.CONCEPT_ID_1, CONCEPT_RELATIONSHIP.CONCEPT_ID_2,
                CONCEPT_RELATIONSHIP.RELATIONSHIP_ID, CONCEPT_RELATIONSHIP.VALID_START_DATE, CONCEPT_RELATIONSHIP.VALID_END_DATE)
                .values(900, 2, "Maps to", LocalDate.parse("2000-01-01"), LocalDate.parse("2099-12-31")).execute();

        HandBuiltCdm.person(sql, 1, 2001, 1980, "2010-01-01", "2020-12-31");
        HandBuiltCdm.person(sql, 2, 2002, 1950, "2010-01-01", "2020-12-31");
        HandBuiltCdm.person(sql, 3, 2001, 2000, "2015-01-01", "2016-12-31");

        condition(1, 1, 2, 0, "2011-05-01");
        condition(2, 1, 3, 0, "2013-05-01");
        condition(3, 2, 2, 900, "2012-02-01");
        condition(4, 3, 2, 0, "2015-07-01");

        sql.insertInto(CARE_SITE, CARE_SITE.CARE_SITE_ID, CARE_SITE.PLACE_OF_SERVICE_CONCEPT_ID).values(1, 800).values(2, 801).execute();
        visit(1, 1, 9201, 1, "2012-03-01", "2012-03-05");
        visit(2, 2, 9201, 2, "2012-04-01", "2012-04-03");
        sql.insertInto(VISIT_DETAIL, VISIT_DETAIL.VISIT_DETAIL_ID, VISIT_DETAIL.PERSON_ID, VISIT_DETAIL.VISIT_DETAIL_CONCEPT_ID,
                VISIT_DETAIL.VISIT_DETAIL_START_DATE, VISIT_DETAIL.VISIT_DETAIL_END_DATE, VISIT_DETAIL.VISIT_DETAIL_TYPE_CONCEPT_ID,
                VISIT_DETAIL.VISIT_OCCURRENCE_ID)
                .values(1, 1, 1, date("2012-03-01"), date("2012-03-02"), 300, 1)
                .values(2, 2, 1, date("2012-04-01"), date("2012-04-02"), 301, 2).execute();

        drug(1, 1, 10, 1, "2012-03-02");
        drug(2, 1, 11, 1, "2012-03-03");
        drug(3, 2, 10, 2, "2012-04-01");
        drug(4, 2, 10, 2, "2012-04-02");
        drug(5, 3, 10, null, "2014-01-01");

        sql.insertInto(DOSE_ERA, DOSE_ERA.DOSE_ERA_ID, DOSE_ERA.PERSON_ID, DOSE_ERA.DRUG_CONCEPT_ID, DOSE_ERA.UNIT_CONCEPT_ID,
                DOSE_ERA.DOSE_VALUE, DOSE_ERA.DOSE_ERA_START_DATE, DOSE_ERA.DOSE_ERA_END_DATE)
                .values(1, 1, 10, 400, new BigDecimal("5.0"), date("2014-01-01"), date("2014-06-30"))
                .values(2, 2, 10, 400, new BigDecimal("1.0"), date("2014-01-01"), date("2014-06-30")).execute();
        sql.insertInto(DEATH, DEATH.PERSON_ID, DEATH.DEATH_DATE, DEATH.CAUSE_CONCEPT_ID).values(2, date("2019-05-01"), 3).execute();
        sql.insertInto(PAYER_PLAN_PERIOD, PAYER_PLAN_PERIOD.PAYER_PLAN_PERIOD_ID, PAYER_PLAN_PERIOD.PERSON_ID,
                PAYER_PLAN_PERIOD.PAYER_PLAN_PERIOD_START_DATE, PAYER_PLAN_PERIOD.PAYER_PLAN_PERIOD_END_DATE,
                PAYER_PLAN_PERIOD.PAYER_CONCEPT_ID)
                .values(1, 1, date("2011-01-01"), date("2011-12-31"), 2)
                .values(2, 3, date("2015-01-01"), date("2015-12-31"), 3).execute();
        sql.insertInto(MEASUREMENT, MEASUREMENT.MEASUREMENT_ID, MEASUREMENT.PERSON_ID, MEASUREMENT.MEASUREMENT_CONCEPT_ID,
                MEASUREMENT.MEASUREMENT_DATE, MEASUREMENT.MEASUREMENT_TYPE_CONCEPT_ID, MEASUREMENT.VALUE_AS_NUMBER,
                MEASUREMENT.RANGE_LOW, MEASUREMENT.RANGE_HIGH)
                .values(1, 1, 2, date("2013-01-10"), 0, new BigDecimal("12"), new BigDecimal("3"), new BigDecimal("10"))
                .values(2, 2, 2, date("2013-01-11"), 0, new BigDecimal("5"), new BigDecimal("3"), new BigDecimal("10")).execute();
        sql.insertInto(OBSERVATION, OBSERVATION.OBSERVATION_ID, OBSERVATION.PERSON_ID, OBSERVATION.OBSERVATION_CONCEPT_ID,
                OBSERVATION.OBSERVATION_DATE, OBSERVATION.OBSERVATION_TYPE_CONCEPT_ID, OBSERVATION.VALUE_AS_STRING)
                .values(1, 1, 2, date("2014-02-01"), 0, "stable")
                .values(2, 2, 2, date("2014-02-02"), 0, "MS relapse 50%").execute();
    }

    @Test
    void visitDetailMatchesItsTypeConceptSet() {
        assertThat(generate("""
                {"ConceptSets": [%s, %s],
                 "PrimaryCriteria": {"CriteriaList": [{"VisitDetail": {"CodesetId": 0,
                   "VisitDetailTypeCS": {"CodesetId": 1, "IsExclusion": false}}}]}}""", set(0, 1), set(1, 300)))
                .containsExactly("1 2012-03-01 2020-12-31");
    }

    @Test
    void doseEraFiltersOnDoseValue() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"DoseEra": {"CodesetId": 0, "DoseValue": {"Value": 2, "Op": "gt"}}}]}}""",
                set(0, 10))).containsExactly("1 2014-01-01 2020-12-31");
    }

    @Test
    void deathMatchesItsCauseWithDescendants() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"Death": {"CodesetId": 0}}]}}""", descendants(0, 1)))
                .containsExactly("2 2019-05-01 2020-12-31");
    }

    @Test
    void observationPeriodNarrowedToAUserDefinedPeriod() {
        assertThat(generate("""
                {"PrimaryCriteria": {"CriteriaList": [{"ObservationPeriod": {
                   "UserDefinedPeriod": {"StartDate": "2015-06-01", "EndDate": "2015-12-31"}}}]},
                 "EndStrategy": {"DateOffset": {"DateField": "EndDate", "Offset": 0}}}"""))
                .containsExactly("1 2015-06-01 2015-12-31", "2 2015-06-01 2015-12-31", "3 2015-06-01 2015-12-31");
    }

    @Test
    void payerPlanPeriodMatchesItsPayerConceptSet() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"PayerPlanPeriod": {"PayerConcept": 0}}]}}""", set(0, 2)))
                .containsExactly("1 2011-01-01 2020-12-31");
    }

    @Test
    void abnormalMeasurementIsOutsideItsRange() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"Measurement": {"CodesetId": 0, "Abnormal": true,
                   "RangeHighRatio": {"Value": 1, "Op": "gt"}}}]}}""", set(0, 2)))
                .containsExactly("1 2013-01-10 2020-12-31");
    }

    @Test
    void textFilterMatchesWildcardsLiterally() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"Observation": {"CodesetId": 0,
                   "ValueAsString": {"Text": "50%%", "Op": "endsWith"}}}]}}""", set(0, 2)))
                .containsExactly("2 2014-02-02 2020-12-31");
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"Observation": {"CodesetId": 0,
                   "ValueAsString": {"Text": "s_able", "Op": "contains"}}}]}}""", set(0, 2))).isEmpty();
    }

    @Test
    void demographicInclusionRuleOnAgeAndGender() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}]},
                 "InclusionRules": [{"name": "older men", "expression": {"Type": "ALL", "DemographicCriteriaList": [
                   {"Age": {"Value": 50, "Op": "gt"}, "Gender": [{"CONCEPT_ID": 2002}]}]}}]}""", descendants(0, 1)))
                .containsExactly("2 2012-02-01 2020-12-31");
    }

    @Test
    void excludedConceptLeavesTheConceptSet() {
        assertThat(generate("""
                {"ConceptSets": [{"id": 0, "expression": {"items": [
                   {"concept": {"CONCEPT_ID": 1}, "includeDescendants": true},
                   {"concept": {"CONCEPT_ID": 2}, "isExcluded": true}]}}],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}]}}"""))
                .containsExactly("1 2013-05-01 2020-12-31");
    }

    @Test
    void mappedSourceConceptsJoinTheConceptSet() {
        assertThat(generate("""
                {"ConceptSets": [{"id": 0, "expression": {"items": [{"concept": {"CONCEPT_ID": 2}, "includeMapped": true}]}}],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"ConditionSourceConcept": 0}}]}}"""))
                .containsExactly("2 2012-02-01 2020-12-31");
    }

    @Test
    void dateAdjustmentMovesEventDates() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0, "First": true,
                   "DateAdjustment": {"StartWith": "START_DATE", "StartOffset": 7, "EndWith": "START_DATE", "EndOffset": 14}}}]},
                 "EndStrategy": {"DateOffset": {"DateField": "EndDate", "Offset": 0}}}""", descendants(0, 1)))
                .containsExactly("1 2011-05-08 2011-05-15", "2 2012-02-08 2012-02-15", "3 2015-07-08 2015-07-15");
    }

    @Test
    void qualifiedLimitAppliesOnlyToAnExpressionWithAdditionalCriteria() {
        // as Circe: without additional criteria every primary event qualifies, whatever the qualified limit; with an
        // (even empty) additional criteria group the limit keeps person 1's first diagnosis only
        String definition = """
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}],
                   "PrimaryCriteriaLimit": {"Type": "All"}},%s
                 "QualifiedLimit": {"Type": "First"}, "ExpressionLimit": {"Type": "All"},
                 "EndStrategy": {"DateOffset": {"DateField": "StartDate", "Offset": 0}}}""";
        assertThat(generate(definition, descendants(0, 1), "")).containsExactly("1 2011-05-01 2011-05-01",
                "1 2013-05-01 2013-05-01", "2 2012-02-01 2012-02-01", "3 2015-07-01 2015-07-01");
        assertThat(generate(definition, descendants(0, 1), "\n \"AdditionalCriteria\": {\"Type\": \"ALL\", \"CriteriaList\": []},"))
                .containsExactly("1 2011-05-01 2011-05-01", "2 2012-02-01 2012-02-01", "3 2015-07-01 2015-07-01");
    }

    @Test
    void atLeastZeroHoldsForEventsWithoutAnyMember() {
        // a drug 10 before the diagnosis (in the observation period) is there only for person 1's second diagnosis:
        // at least one such drug keeps that event; at least none keeps every event, as Circe's left join does
        String definition = """
                {"ConceptSets": [%s, %s],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}],
                   "PrimaryCriteriaLimit": {"Type": "All"}},
                 "AdditionalCriteria": {"Type": "AT_LEAST", "Count": %d, "CriteriaList": [{"Criteria": {"DrugExposure":
                   {"CodesetId": 1}}, "StartWindow": {"Start": {"Coeff": -1}, "End": {"Days": 0, "Coeff": -1}},
                   "Occurrence": {"Type": 2, "Count": 1}}]},
                 "QualifiedLimit": {"Type": "All"}, "ExpressionLimit": {"Type": "All"},
                 "EndStrategy": {"DateOffset": {"DateField": "StartDate", "Offset": 0}}}""";
        assertThat(generate(definition, descendants(0, 1), set(1, 10), 1)).containsExactly("1 2013-05-01 2013-05-01");
        assertThat(generate(definition, descendants(0, 1), set(1, 10), 0)).containsExactly("1 2011-05-01 2011-05-01",
                "1 2013-05-01 2013-05-01", "2 2012-02-01 2012-02-01", "3 2015-07-01 2015-07-01");
    }

    @Test
    void lastPrimaryEventPerPerson() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}],
                   "PrimaryCriteriaLimit": {"Type": "Last"}}}""", descendants(0, 1)))
                .containsExactly("1 2013-05-01 2020-12-31", "2 2012-02-01 2020-12-31", "3 2015-07-01 2016-12-31");
    }

    @Test
    void distinctDrugsWithinTheSameVisit() {
        assertThat(generate("""
                {"ConceptSets": [%s, %s],
                 "PrimaryCriteria": {"CriteriaList": [{"VisitOccurrence": {"CodesetId": 0}}]},
                 "AdditionalCriteria": {"Type": "ALL", "CriteriaList": [{"Criteria": {"DrugExposure": {"CodesetId": 1}},
                   "StartWindow": {"Start": {"Coeff": -1}, "End": {"Coeff": 1}}, "RestrictVisit": true,
                   "Occurrence": {"Type": 2, "Count": 2, "IsDistinct": true}}]}}""", set(0, 9201), set(1, 10, 11)))
                .containsExactly("1 2012-03-01 2020-12-31");
    }

    @Test
    void placeOfServiceIsTheVisitCareSite() {
        assertThat(generate("""
                {"ConceptSets": [%s],
                 "PrimaryCriteria": {"CriteriaList": [{"VisitOccurrence": {"CodesetId": 0,
                   "PlaceOfService": [{"CONCEPT_ID": 801}]}}]}}""", set(0, 9201)))
                .containsExactly("2 2012-04-01 2020-12-31");
    }

    @Test
    void ignoringObservationPeriodFindsEarlierRecords() {
        String definition = """
                {"ConceptSets": [%s, %s],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}]},
                 "AdditionalCriteria": {"Type": "ALL", "CriteriaList": [{"Criteria": {"DrugExposure": {"CodesetId": 1}},
                   "StartWindow": {"Start": {"Days": 730, "Coeff": -1}, "End": {"Days": 1, "Coeff": -1}},
                   "IgnoreObservationPeriod": %s, "Occurrence": {"Type": 2, "Count": 1}}]}}""";

        assertThat(generate(definition, descendants(0, 1), set(1, 10), "true")).containsExactly("3 2015-07-01 2016-12-31");
        assertThat(generate(definition, descendants(0, 1), set(1, 10), "false")).isEmpty();
    }

    private List<String> generate(String template, Object... arguments) {
        int cohortId = nextCohortId++;
        String json = template.formatted(arguments);
        CohortGeneration generation = generator.generate(new CohortDefinition(cohortId, "test " + cohortId, null,
                new CohortExpressionReader().read(json, "test " + cohortId), json));
        assertThat(generation.cohortId()).isEqualTo(cohortId);
        return sql.selectFrom(COHORT).where(COHORT.COHORT_DEFINITION_ID.eq(cohortId))
                .orderBy(COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE)
                .fetch(row -> row.getSubjectId() + " " + row.getCohortStartDate() + " " + row.getCohortEndDate());
    }

    private static String set(int id, int... concepts) {
        StringBuilder items = new StringBuilder();
        for (int concept : concepts) {
            items.append(items.isEmpty() ? "" : ", ").append("{\"concept\": {\"CONCEPT_ID\": ").append(concept).append("}}");
        }
        return "{\"id\": " + id + ", \"expression\": {\"items\": [" + items + "]}}";
    }

    private static String descendants(int id, int concept) {
        return "{\"id\": " + id + ", \"expression\": {\"items\": [{\"concept\": {\"CONCEPT_ID\": " + concept
                + "}, \"includeDescendants\": true}]}}";
    }

    private void condition(int id, int person, int concept, int sourceConcept, String start) {
        sql.insertInto(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_OCCURRENCE_ID, CONDITION_OCCURRENCE.PERSON_ID,
                CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, CONDITION_OCCURRENCE.CONDITION_SOURCE_CONCEPT_ID,
                CONDITION_OCCURRENCE.CONDITION_START_DATE, CONDITION_OCCURRENCE.CONDITION_TYPE_CONCEPT_ID)
                .values(id, person, concept, sourceConcept, date(start), 0).execute();
    }

    private void visit(int id, int person, int concept, int careSite, String start, String end) {
        sql.insertInto(VISIT_OCCURRENCE, VISIT_OCCURRENCE.VISIT_OCCURRENCE_ID, VISIT_OCCURRENCE.PERSON_ID,
                VISIT_OCCURRENCE.VISIT_CONCEPT_ID, VISIT_OCCURRENCE.CARE_SITE_ID, VISIT_OCCURRENCE.VISIT_START_DATE,
                VISIT_OCCURRENCE.VISIT_END_DATE, VISIT_OCCURRENCE.VISIT_TYPE_CONCEPT_ID)
                .values(id, person, concept, careSite, date(start), date(end), 0).execute();
    }

    private void drug(int id, int person, int concept, Integer visit, String start) {
        sql.insertInto(DRUG_EXPOSURE, DRUG_EXPOSURE.DRUG_EXPOSURE_ID, DRUG_EXPOSURE.PERSON_ID, DRUG_EXPOSURE.DRUG_CONCEPT_ID,
                DRUG_EXPOSURE.VISIT_OCCURRENCE_ID, DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE, DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE,
                DRUG_EXPOSURE.DRUG_TYPE_CONCEPT_ID)
                .values(id, person, concept, visit, date(start), date(start).plusDays(1), 0).execute();
    }

    private static LocalDate date(String text) {
        return LocalDate.parse(text);
    }
}
