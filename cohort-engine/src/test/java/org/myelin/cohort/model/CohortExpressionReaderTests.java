package org.myelin.cohort.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.myelin.sql.UserError;

class CohortExpressionReaderTests {

    private final CohortExpressionReader reader = new CohortExpressionReader();

    @Test
    void readsEveryCriteriaTypeOfCirceAllCriteriaDefinition() throws IOException {
        try (InputStream json = getClass().getResourceAsStream("/circe/cohortgeneration/allCriteria/allCriteriaExpression.json")) {
            CohortExpression expression = reader.read(json, "allCriteriaExpression.json");

            assertThat(expression.inclusionRules()).hasSize(14);
            assertThat(expression.primaryCriteria().criteriaList().getFirst()).isInstanceOf(ObservationPeriod.class);
            assertThat(expression.inclusionRules().get(1).expression().criteriaList().getFirst().criteria())
                    .isInstanceOf(ConditionOccurrence.class);
        }
    }

    @Test
    void readsCriteriaTypesTheCirceFileLacks() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [
                  {"VisitDetail": {"CodesetId": 1, "VisitDetailTypeCS": {"CodesetId": 2, "IsExclusion": true}}},
                  {"DoseEra": {"DoseValue": {"Value": 1.5, "Op": "gt"}}},
                  {"PayerPlanPeriod": {"PayerConcept": 5, "UserDefinedPeriod": {"StartDate": "2000-01-01"}}},
                  {"LocationRegion": {"CodesetId": 3}}]}}
                """;

        CohortExpression expression = reader.read(json, "d.json");

        assertThat(expression.primaryCriteria().criteriaList()).hasExactlyElementsOfTypes(
                VisitDetail.class, DoseEra.class, PayerPlanPeriod.class, LocationRegion.class);
        assertThat(expression.qualifiedLimit()).isEqualTo(ResultLimit.FIRST);
        assertThat(((VisitDetail) expression.primaryCriteria().criteriaList().getFirst()).visitDetailTypeCS().isExclusion())
                .isTrue();
    }

    @Test
    void unknownAttributeNamesItsJsonPath() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"Foo": 1}}]}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessage("d.json: $.PrimaryCriteria.CriteriaList[0].ConditionOccurrence.Foo: unknown attribute");
    }

    @Test
    void unknownCriteriaTypeNamesItsJsonPath() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {}}, {"Episode": {}}]}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("d.json: $.PrimaryCriteria.CriteriaList[1]")
                .hasMessageContaining("unknown type 'Episode'");
    }

    @Test
    void stringWhereANumberBelongsIsRefused() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"DrugExposure": {"CodesetId": "1; drop table cdm.person"}}]}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessage("d.json: $.PrimaryCriteria.CriteriaList[0].DrugExposure.CodesetId: wrong value type (expected a number)");
    }

    @Test
    void unknownOperatorIsRefused() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"Measurement": {"ValueAsNumber": {"Value": 3, "Op": "like"}}}]}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("d.json: $.PrimaryCriteria.CriteriaList[0].Measurement.ValueAsNumber")
                .hasMessageContaining("unknown operator 'like'");
    }

    @Test
    void occurrenceTypeOutsideCirceCodesIsRefused() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {}}]},
                 "AdditionalCriteria": {"Type": "ALL", "CriteriaList": [{"Criteria": {"VisitOccurrence": {}},
                   "Occurrence": {"Type": -99, "Count": 1}}]}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("d.json: $.AdditionalCriteria.CriteriaList[0].Occurrence")
                .hasMessageContaining("Type must be 0 (exactly), 1 (at most) or 2 (at least), not -99");
    }

    @Test
    void customEraWithoutDrugCodesetIsRefused() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"DrugExposure": {}}]},
                 "EndStrategy": {"CustomEra": {"GapDays": 30}}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("d.json: $.EndStrategy.CustomEra")
                .hasMessageContaining("DrugCodesetId is required");
    }

    @Test
    void malformedJsonNamesWhereItBroke() {
        assertThatThrownBy(() -> reader.read("{\"PrimaryCriteria\": {\"CriteriaList\": [", "d.json"))
                .isInstanceOf(UserError.class).hasMessageContaining("d.json: $.PrimaryCriteria.CriteriaList")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void unsupportedDistinctCountColumnIsNamed() {
        String json = """
                {"PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {}}]},
                 "AdditionalCriteria": {"Type": "ALL", "CriteriaList": [{"Criteria": {"DrugExposure": {}},
                   "Occurrence": {"Type": 2, "Count": 2, "IsDistinct": true, "CountColumn": "QUANTITY"}}]}}""";

        assertThatThrownBy(() -> reader.read(json, "d.json")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("d.json: $.AdditionalCriteria.CriteriaList[0].Occurrence.CountColumn")
                .hasMessageContaining("unsupported CountColumn 'QUANTITY'");
    }

    @Test
    void emptyOrNonObjectDefinitionsAreRefused() {
        assertThatThrownBy(() -> reader.read("", "empty.json")).isInstanceOf(UserError.class)
                .hasMessageStartingWith("empty.json: $: ").hasMessageContaining("empty");
        assertThatThrownBy(() -> reader.read("[]", "array.json")).isInstanceOf(UserError.class)
                .hasMessage("array.json: $: wrong value type (expected an object)");
        assertThatThrownBy(() -> reader.read("{}", "nothing.json")).isInstanceOf(UserError.class)
                .hasMessage("nothing.json: $: PrimaryCriteria is required");
    }
}
