package org.myelin.cohort.compile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.sql.Schemas;

class CohortCompilerTests {

    private final CohortExpression expression = new CohortExpressionReader().read("""
            {"ConceptSets": [{"id": 0, "expression": {"items": [{"concept": {"CONCEPT_ID": 4711}, "includeDescendants": true}]}}],
             "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0}}],
               "ObservationWindow": {"PriorDays": 365, "PostDays": 0}},
             "InclusionRules": [{"name": "rule", "expression": {"Type": "ALL"}}]}""", "d.json");

    @Test
    void renderedSqlShowsTheValuesInlineAndTheConfiguredSchemas() {
        String sql = new CohortCompiler(new Schemas("cdm_next", "vocab", "study_results", "myelin")).sql(expression, 42);

        assertThat(sql).contains("create temporary table \"codesets\"", "4711", "365",
                "\"cdm_next\".\"condition_occurrence\"", "\"vocab\".\"concept_ancestor\"", "\"study_results\".\"cohort\"");
        assertThat(sql).doesNotContain("\"cdm\".");
    }

    @Test
    void planKeepsDefinitionValuesAsBindValues() {
        CohortPlan plan = new CohortCompiler(Schemas.DEFAULT).compile(expression, 42);

        assertThat(plan.inclusionRuleCount()).isOne();
        assertThat(plan.statements()).anySatisfy(statement -> assertThat(statement.getBindValues()).contains(4711));
    }
}
