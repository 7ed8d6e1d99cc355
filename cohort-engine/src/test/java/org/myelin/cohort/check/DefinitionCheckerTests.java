package org.myelin.cohort.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.sql.UserError;

class DefinitionCheckerTests {

    private final DefinitionChecker checker = new DefinitionChecker();

    @Test
    void correctDefinitionHasNoFindings() throws Exception {
        assertThat(checker.check(read("valid.json"))).isEmpty();
    }

    @Test
    void everyProblemOfAnIncorrectDefinitionIsNamedByItsJsonPath() throws Exception {
        CohortExpression expression = read("invalid.json");

        assertThat(checker.check(expression)).extracting(Finding::toString).containsExactly(
                "error: $.PrimaryCriteria.CriteriaList[0].ConditionOccurrence.ConditionSourceConcept: "
                        + "concept set 7 is not defined in ConceptSets",
                "error: $.InclusionRules[0].expression.CriteriaList[0].Criteria.DrugExposure.CodesetId: "
                        + "concept set 3 is not defined in ConceptSets",
                "warning: $.ConceptSets[1]: concept set 2 is not used by any criteria",
                "warning: $.ConceptSets[0]: concept set 0 'MS' includes no concept, so criteria using it match nothing",
                "error: $.InclusionRules[0].expression.CriteriaList[0].StartWindow: the window starts at 30 days after "
                        + "but ends at 10 days after, so no event can fall inside it",
                "error: $.InclusionRules[0].expression.CriteriaList[0].Criteria.DrugExposure.EffectiveDrugDose: "
                        + "unsupported attribute: drug_exposure.effective_drug_dose is not in OMOP CDM v5.4");
    }

    @Test
    void firstErrorStopsTheDefinition() throws Exception {
        CohortExpression expression = read("invalid.json");

        assertThatThrownBy(() -> checker.requireValid(expression, "invalid.json")).isInstanceOf(UserError.class)
                .hasMessage("invalid.json: $.PrimaryCriteria.CriteriaList[0].ConditionOccurrence.ConditionSourceConcept: "
                        + "concept set 7 is not defined in ConceptSets");
    }

    @Test
    void openWindowBeforeIndexEndingBeforeIndexIsPossible() {
        CohortExpression expression = new CohortExpressionReader().read("""
                {"ConceptSets": [{"id": 0, "expression": {"items": [{"concept": {"CONCEPT_ID": 1}}]}}],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}]},
                 "AdditionalCriteria": {"Type": "ALL", "CriteriaList": [{"Criteria": {"ConditionOccurrence": {"CodesetId": 0}},
                   "StartWindow": {"Start": {"Coeff": -1}, "End": {"Days": 1, "Coeff": -1}}, "Occurrence": {"Type": 0, "Count": 0}},
                   {"Criteria": {"ConditionOccurrence": {"CodesetId": 0}},
                   "StartWindow": {"Start": {"Coeff": 1}, "End": {"Days": 1, "Coeff": -1}}, "Occurrence": {"Type": 0, "Count": 0}}]}}
                """, "d.json");

        assertThat(checker.check(expression)).extracting(Finding::path)
                .containsExactly("$.AdditionalCriteria.CriteriaList[1].StartWindow");
    }

    @Test
    void criteriaOutsideCdm54AreRefusedWithTheirPath() {
        CohortExpression expression = new CohortExpressionReader().read("""
                {"ConceptSets": [{"id": 0, "expression": {"items": [{"concept": {"CONCEPT_ID": 1}}]}}],
                 "PrimaryCriteria": {"CriteriaList": [{"VisitOccurrence": {"PlaceOfServiceLocation": 0}},
                   {"LocationRegion": {"CodesetId": 0}}]}}""", "d.json");

        assertThat(checker.check(expression)).extracting(Finding::toString).containsExactly(
                "error: $.PrimaryCriteria.CriteriaList[0].VisitOccurrence.PlaceOfServiceLocation: "
                        + "unsupported attribute: location regions need CDM 6.1, not OMOP CDM v5.4",
                "error: $.PrimaryCriteria.CriteriaList[1]: LocationRegion criteria need location_history, which OMOP CDM v5.4 lacks");
    }

    private static CohortExpression read(String name) throws Exception {
        try (InputStream json = DefinitionCheckerTests.class.getResourceAsStream("/check/" + name)) {
            return new CohortExpressionReader().read(json, name);
        }
    }
}
