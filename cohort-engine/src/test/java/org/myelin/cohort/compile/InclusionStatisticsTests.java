package org.myelin.cohort.compile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_RESULT;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_STATS;
import static org.myelin.sql.jooq.results.Tables.COHORT_SUMMARY_STATS;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The inclusion statistics of both modes, against counts worked out by hand. */
@ExtendWith(TestDatabaseExtension.class)
class InclusionStatisticsTests {

    /** Every diagnosis (concept 1) is an event; rule 0: a concept 2 the same day; rule 1: a concept 3 the same day. */
    private static final String DEFINITION = """
            {"ConceptSets": [%s, %s, %s],
             "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 1}}],
               "PrimaryCriteriaLimit": {"Type": "All"}},
             "QualifiedLimit": {"Type": "All"}, "ExpressionLimit": {"Type": "All"},
             "InclusionRules": [%s, %s]}""".formatted(set(1), set(2), set(3), sameDay("rule 0", 2), sameDay("rule 1", 3));

    @Test
    void eachModeCountsMasksRulesGainsAndTotals(TestDatabase database) {
        // given person 1 with two diagnoses, the first meeting rule 0 and the second both rules; person 2 with one
        // meeting rule 1; person 3 with one meeting none
        DSLContext sql = HandBuiltCdm.create(database);
        HandBuiltCdm.concepts(sql, 1, 2, 3);
        for (int person = 1; person <= 3; person++) {
            HandBuiltCdm.person(sql, person, 0, 1970, "2010-01-01", "2020-12-31");
        }
        int[][] conditions = {{1, 1, 1, 2011}, {2, 1, 2, 2011}, {3, 1, 1, 2012}, {4, 1, 2, 2012}, {5, 1, 3, 2012},
                {6, 2, 1, 2013}, {7, 2, 3, 2013}, {8, 3, 1, 2014}};
        for (int[] condition : conditions) {
            sql.insertInto(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_OCCURRENCE_ID, CONDITION_OCCURRENCE.PERSON_ID,
                    CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, CONDITION_OCCURRENCE.CONDITION_START_DATE,
                    CONDITION_OCCURRENCE.CONDITION_TYPE_CONCEPT_ID)
                    .values(condition[0], condition[1], condition[2], LocalDate.of(condition[3], 6, 1), 0).execute();
        }

        // when the cohort is generated
        new CohortGenerator(database.dataSource(), Schemas.DEFAULT).generate(new CohortDefinition(7, "rules", null,
                new CohortExpressionReader().read(DEFINITION, "rules"), DEFINITION));

        // then mode 0 counts the four events by mask (1, 3, 2, 0), and mode 1 each person's best: person 1's second
        // event (both rules), person 2's (rule 1) and person 3's (none)
        assertThat(sql.select(COHORT_INCLUSION_RESULT.MODE_ID, COHORT_INCLUSION_RESULT.INCLUSION_RULE_MASK,
                        COHORT_INCLUSION_RESULT.PERSON_COUNT).from(COHORT_INCLUSION_RESULT)
                .where(COHORT_INCLUSION_RESULT.COHORT_DEFINITION_ID.eq(7))
                .orderBy(COHORT_INCLUSION_RESULT.MODE_ID, COHORT_INCLUSION_RESULT.INCLUSION_RULE_MASK)
                .fetch(row -> row.value1() + ":" + row.value2() + "=" + row.value3()))
                .containsExactly("0:0=1", "0:1=1", "0:2=1", "0:3=1", "1:0=1", "1:2=1", "1:3=1");
        // a rule's count is the events meeting it; its gain, those meeting every other rule but not it
        assertThat(sql.select(COHORT_INCLUSION_STATS.MODE_ID, COHORT_INCLUSION_STATS.RULE_SEQUENCE,
                        COHORT_INCLUSION_STATS.PERSON_COUNT, COHORT_INCLUSION_STATS.GAIN_COUNT, COHORT_INCLUSION_STATS.PERSON_TOTAL)
                .from(COHORT_INCLUSION_STATS).where(COHORT_INCLUSION_STATS.COHORT_DEFINITION_ID.eq(7))
                .orderBy(COHORT_INCLUSION_STATS.MODE_ID, COHORT_INCLUSION_STATS.RULE_SEQUENCE)
                .fetch(row -> row.value1() + ":" + row.value2() + " " + row.value3() + " " + row.value4() + " " + row.value5()))
                .containsExactly("0:0 2 1 4", "0:1 2 1 4", "1:0 1 1 3", "1:1 2 0 3");
        assertThat(sql.select(COHORT_SUMMARY_STATS.MODE_ID, COHORT_SUMMARY_STATS.BASE_COUNT, COHORT_SUMMARY_STATS.FINAL_COUNT)
                .from(COHORT_SUMMARY_STATS).where(COHORT_SUMMARY_STATS.COHORT_DEFINITION_ID.eq(7))
                .orderBy(COHORT_SUMMARY_STATS.MODE_ID)
                .fetch(row -> row.value1() + ": " + row.value2() + " " + row.value3()))
                .containsExactly("0: 4 1", "1: 3 1");
    }

    private static String set(int id) {
        return "{\"id\": " + id + ", \"expression\": {\"items\": [{\"concept\": {\"CONCEPT_ID\": " + id + "}}]}}";
    }

    private static String sameDay(String name, int codeset) {
        return """
                {"name": "%s", "expression": {"Type": "ALL", "CriteriaList": [{"Criteria": {"ConditionOccurrence":
                  {"CodesetId": %d}}, "StartWindow": {"Start": {"Days": 0, "Coeff": 1}, "End": {"Days": 0, "Coeff": 1}},
                  "Occurrence": {"Type": 2, "Count": 1}}]}}""".formatted(name, codeset);
    }
}
