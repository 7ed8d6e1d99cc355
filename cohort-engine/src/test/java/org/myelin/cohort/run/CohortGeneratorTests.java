package org.myelin.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_STATS;
import static org.myelin.sql.jooq.results.Tables.COHORT_SUMMARY_STATS;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import tools.jackson.databind.node.ObjectNode;

@ExtendWith(TestDatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CohortGeneratorTests {

    private CirceCase circe;

    @BeforeAll
    void loadCdm(TestDatabase database) {
        circe = new CirceCase(database, "generator").load("inclusionRules/simpleInclusionRule_PREP.json");
    }

    @Test
    void regeneratingReplacesOnlyThatCohortsRows() {
        ObjectNode expression = CirceCase.expression("cohortgeneration/inclusionRules/simpleInclusionRule.json");
        circe.generate(11, expression);
        circe.generate(12, expression);

        circe.generate(11, expression);

        assertThat(circe.sql().fetchCount(COHORT, COHORT.COHORT_DEFINITION_ID.eq(11))).isOne();
        assertThat(circe.sql().fetchCount(COHORT, COHORT.COHORT_DEFINITION_ID.eq(12))).isOne();
        assertThat(circe.sql().fetchCount(COHORT_SUMMARY_STATS, COHORT_SUMMARY_STATS.COHORT_DEFINITION_ID.eq(11))).isEqualTo(2);
        assertThat(circe.sql().fetchCount(COHORT_INCLUSION_STATS, COHORT_INCLUSION_STATS.COHORT_DEFINITION_ID.eq(11))).isEqualTo(2);
    }

    @Test
    void invalidDefinitionWritesNothingAndKeepsThePreviousRows() {
        ObjectNode expression = CirceCase.expression("cohortgeneration/inclusionRules/simpleInclusionRule.json");
        circe.generate(21, expression);
        ((ObjectNode) expression.get("PrimaryCriteria").get("CriteriaList").get(0).get("ConditionOccurrence")).put("CodesetId", 9);

        assertThatThrownBy(() -> circe.generate(21, expression)).isInstanceOf(UserError.class)
                .hasMessage("case cohort 21: $.PrimaryCriteria.CriteriaList[0].ConditionOccurrence.CodesetId: "
                        + "concept set 9 is not defined in ConceptSets");
        assertThat(circe.sql().fetchCount(COHORT, COHORT.COHORT_DEFINITION_ID.eq(21))).isOne();
    }

    @Test
    void attritionTableShowsPersonsAndEventsPerRule() {
        CohortGeneration generation = circe.generate(31,
                CirceCase.expression("cohortgeneration/inclusionRules/simpleInclusionRule.json"));

        assertThat(generation.attritionTable()).isEqualToNormalizingWhitespace("""
                Cohort 31: case cohort 31
                  Step Persons Events
                  Qualifying events 2 2
                  Rule 1: Prior Condition 1 1
                  Cohort periods 1 1
                """);
    }
}
