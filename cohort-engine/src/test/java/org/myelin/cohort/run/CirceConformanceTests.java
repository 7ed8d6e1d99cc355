package org.myelin.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** OHDSI Circe's own cohort-generation cases (circe/CASES.md), each against its own empty CDM. */
@ExtendWith(TestDatabaseExtension.class)
class CirceConformanceTests {

    private static final String COHORT_ORDER = "cohort_definition_id, subject_id, cohort_start_date";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void firstOccurrenceOfEveryDomainAfterNinetyDaysOfObservation(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "firstOccurrence").load("firstOccurrence/firstOccurrenceTest_PREP.json");
        ObjectNode expression = CirceCase.expression("cohortgeneration/firstOccurrence/firstOccurrenceTestExpression.json");
        String[] domains = {"ConditionEra", "ConditionOccurrence", "DeviceExposure", "DrugEra", "DrugExposure",
            "Measurement", "Observation", "ProcedureOccurrence", "Specimen", "VisitOccurrence", "PayerPlanPeriod"};

        for (int i = 0; i < domains.length; i++) {
            ArrayNode list = ((ObjectNode) expression.get("PrimaryCriteria")).putArray("CriteriaList");
            list.addObject().putObject(domains[i]).put("First", true);
            circe.generate(i + 1, expression);
        }

        circe.assertTable("firstOccurrence/firstOccurrenceTest_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void correlatedCriteriaCountExactlyAtMostAtLeastAndEventEndWindow(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "counts").load("correlatedCriteria/countsTest_PREP.json");
        ObjectNode counts = CirceCase.expression("cohortgeneration/correlatedCriteria/countsExpression.json");
        ObjectNode occurrence = (ObjectNode) counts.get("AdditionalCriteria").get("CriteriaList").get(0).get("Occurrence");

        circe.generate(1, counts);
        occurrence.put("Type", 2).put("Count", 1);
        circe.generate(2, counts);
        occurrence.put("Type", 1).put("Count", 0);
        circe.generate(3, counts);
        ObjectNode visit = CirceCase.expression("cohortgeneration/correlatedCriteria/visitExpression.json");
        circe.generate(4, visit);
        ((ObjectNode) visit.get("AdditionalCriteria").get("CriteriaList").get(0).get("Occurrence")).put("Type", -99);

        assertThatThrownBy(() -> circe.generate(4, visit)).isInstanceOf(UserError.class)
                .hasMessageContaining("$.AdditionalCriteria.CriteriaList[0].Occurrence");
        circe.assertTable("correlatedCriteria/countsTest_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void criteriaGroupsAnyAtLeastAtMostAllAndNested(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "groups").load("correlatedCriteria/groupTest_PREP.json");
        ObjectNode expression = CirceCase.expression("cohortgeneration/correlatedCriteria/groupExpression.json");
        ObjectNode additional = (ObjectNode) expression.get("AdditionalCriteria");

        circe.generate(1, expression);
        additional.put("Type", "AT_LEAST").put("Count", 2);
        circe.generate(2, expression);
        additional.put("Type", "AT_MOST").put("Count", 2);
        circe.generate(3, expression);
        additional.put("Type", "ALL");
        ((ObjectNode) additional.get("Groups").get(0)).put("Type", "AT_MOST").put("Count", 0);
        circe.generate(4, expression);
        additional.putArray("Groups");
        circe.generate(5, expression);

        circe.assertTable("correlatedCriteria/groupTest_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void primaryQualifiedAndExpressionLimits(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "limits").load("limits/limitTest_PREP.json");
        ObjectNode expression = CirceCase.expression("cohortgeneration/limits/limitExpression.json");

        circe.generate(1, expression);
        ((ObjectNode) expression.get("ExpressionLimit")).put("Type", "first");
        circe.generate(2, expression);
        ((ObjectNode) expression.get("QualifiedLimit")).put("Type", "first");
        circe.generate(3, expression);
        ((ObjectNode) expression.get("PrimaryCriteria").get("PrimaryCriteriaLimit")).put("Type", "first");
        circe.generate(4, expression);
        ((ObjectNode) expression.get("PrimaryCriteria").get("PrimaryCriteriaLimit")).put("Type", "last");
        circe.generate(5, expression);

        circe.assertTable("limits/limitTest_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void simpleInclusionRuleWithInclusionResultsForBothModes(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "inclusion").load("inclusionRules/simpleInclusionRule_PREP.json");

        CohortGeneration generation = circe.generate(1, CirceCase.expression("cohortgeneration/inclusionRules/simpleInclusionRule.json"));

        circe.assertTable("inclusionRules/simpleInclusionRule_VERIFY.json", "cohort", COHORT_ORDER);
        circe.assertTable("inclusionRules/simpleInclusionRule_VERIFY.json", "cohort_inclusion_result",
                "cohort_definition_id, mode_id, inclusion_rule_mask");
        assertThat(generation.attrition()).extracting(AttritionStep::persons).containsExactly(2L, 1L);
    }

    @Test
    void continuousExposureEndsAtTheDrugEraEnd(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "continuous").load("exits/continuousExposure_PREP.json");
        ObjectNode expression = CirceCase.expression("cohortgeneration/exits/continuousExposureExpression.json");

        circe.generate(1, expression);
        ((ObjectNode) expression.get("PrimaryCriteria").get("PrimaryCriteriaLimit")).put("Type", "First");
        circe.generate(2, expression);
        ((ObjectNode) expression.get("EndStrategy").get("CustomEra")).putNull("DrugCodesetId");

        assertThatThrownBy(() -> circe.generate(3, expression)).isInstanceOf(UserError.class)
                .hasMessageContaining("$.EndStrategy.CustomEra").hasMessageContaining("DrugCodesetId");
        circe.assertTable("exits/continuousExposure_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void continuousExposureOffsetIsCappedAtObservationEnd(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "continuousCensor").load("exits/continuousExposureCensor_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/exits/continuousExposureCensorExpression.json"));

        circe.assertTable("exits/continuousExposureCensor_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void fixedOffsetFromDrugEndWithEndDateFallback(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "fixedOffset").load("exits/fixedOffset_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/exits/fixedOffsetExpression.json"));

        circe.assertTable("exits/fixedOffset_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void fixedOffsetIsCappedAtObservationEnd(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "fixedOffsetCensor").load("exits/fixedOffsetCensor_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/exits/fixedOffsetCensorExpression.json"));

        circe.assertTable("exits/fixedOffsetCensor_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void censoringEventsEndCohortPeriods(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "censorEvent").load("exits/censorEvent_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/exits/censorEventExpression.json"));

        circe.assertTable("exits/censorEvent_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void censorWindowClipsPeriodsAndCountsLostPersons(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "censorWindow").load("censorWindow/censorWindow_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/censorWindow/censorWindowExpression.json"));

        circe.assertTable("censorWindow/censorWindow_VERIFY.json", "cohort", COHORT_ORDER);
        circe.assertTable("censorWindow/censorWindow_VERIFY.json", "cohort_censor_stats", "cohort_definition_id");
    }

    @Test
    void codesetAndSourceConceptSetMustBothMatch(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "mixed").load("mixedConceptsets/mixedConceptsets_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/mixedConceptsets/mixedConceptsetsExpression.json"));

        circe.assertTable("mixedConceptsets/mixedConceptsets_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void duplicateEventsCollapseIntoOneEra(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "eraDupes").load("eraDupes/eraDupes_PREP.json");

        circe.generate(1, CirceCase.expression("cohortgeneration/eraDupes/eraDupesExpression.json"));

        circe.assertTable("eraDupes/eraDupes_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void conditionStatusAbsentEmptyOrGiven(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "conditionStatus").load("conditionOccurrence/conditionStatusTest_PREP.json");
        ObjectNode expression = (ObjectNode) JSON.readTree("""
                {"ConceptSets": [],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {}}],
                   "ObservationWindow": {"PriorDays": 0, "PostDays": 0}, "PrimaryCriteriaLimit": {"Type": "First"}},
                 "QualifiedLimit": {"Type": "First"}, "ExpressionLimit": {"Type": "First"}, "InclusionRules": [],
                 "CollapseSettings": {"CollapseType": "ERA", "EraPad": 0}}""");
        ObjectNode condition = (ObjectNode) expression.get("PrimaryCriteria").get("CriteriaList").get(0).get("ConditionOccurrence");

        circe.generate(1, expression);
        condition.putArray("ConditionStatus");
        circe.generate(2, expression);
        condition.putArray("ConditionStatus").addObject().put("CONCEPT_ID", 1);
        circe.generate(3, expression);

        circe.assertTable("conditionOccurrence/conditionStatusTest_VERIFY.json", "cohort", COHORT_ORDER);
    }

    @Test
    void everyCriteriaAttributeOfCirceAllCriteriaFileRunsOnAnEmptyCdm(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "allCriteria");
        ObjectNode expression = CirceCase.expression("cohortgeneration/allCriteria/allCriteriaExpression.json");
        // CDM v5.4 dropped drug_exposure.effective_drug_dose and dose_unit_concept_id; Myelin refuses them (see below)
        ObjectNode drug = (ObjectNode) expression.findParents("EffectiveDrugDose").getFirst();
        drug.remove("EffectiveDrugDose");
        drug.remove("DoseUnit");

        CohortGeneration generation = circe.generate(1, expression);

        assertThat(generation.persons()).isZero();
        assertThat(generation.attrition()).hasSize(15);
    }

    @Test
    void doseAttributesMissingFromCdm54AreRefusedBeforeAnythingRuns(TestDatabase database) {
        CirceCase circe = new CirceCase(database, "doseAttributes");
        ObjectNode expression = CirceCase.expression("cohortgeneration/allCriteria/allCriteriaExpression.json");

        assertThatThrownBy(() -> circe.generate(1, expression)).isInstanceOf(UserError.class)
                .hasMessageContaining("EffectiveDrugDose");
        assertThat(circe.sql().fetchCount(org.myelin.sql.jooq.results.Tables.COHORT_DEFINITION)).isZero();
    }
}
