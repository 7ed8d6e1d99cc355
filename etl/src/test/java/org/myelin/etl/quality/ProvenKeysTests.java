package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/**
 * Checks that a validated key proves are answered without reading for violations, with the same verdict and
 * denominator; a key added NOT VALID, which PostgreSQL has not checked against the rows already there, proves nothing.
 */
@ExtendWith(TestDatabaseExtension.class)
class ProvenKeysTests {

    private static final Schemas KEYED = Schemas.DEFAULT.withCdm("cdm_keyed");

    private static TestDatabase database;
    private static DataQualityRun run;

    @BeforeAll
    static void runOnAKeyedCdm(TestDatabase testDatabase) {
        database = testDatabase;
        DSLContext sql = QualityFixture.cdm(database, KEYED.cdm(), null);
        sql.execute("""
                alter table cdm_keyed.condition_occurrence drop constraint fpk_condition_occurrence_visit_occurrence_id;
                insert into cdm_keyed.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)
                    values (1, 8507, 1980, 0, 0), (2, 8532, 1985, 0, 0);
                insert into cdm_keyed.visit_occurrence (visit_occurrence_id, person_id, visit_concept_id, visit_start_date,
                    visit_end_date, visit_type_concept_id) values (1, 1, 0, '2005-01-01', '2005-01-02', 32817);
                insert into cdm_keyed.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id,
                    condition_start_date, condition_type_concept_id, visit_occurrence_id) values
                    (1, 1, 201, '2005-01-01', 32817, 1), (2, 2, 201, '2006-01-01', 32817, 7), (3, 2, 201, '2007-01-01', 32817, null);
                alter table cdm_keyed.condition_occurrence add constraint fpk_condition_occurrence_visit_occurrence_id
                    foreign key (visit_occurrence_id) references cdm_keyed.visit_occurrence (visit_occurrence_id) not valid;
                """);
        run = new DataQualityRunner(database.dataSource(), KEYED).run();
    }

    @Test
    void validatedKeysAnswerTheirChecksWithEveryRowAsDenominator() {
        List<CheckInstance> plan = CheckPlan.instances(database.sql(), QualityConfiguration.bundled(), KEYED);

        assertThat(proven(plan, "field_isprimarykey_condition_occurrence_condition_occurrence_id")).isTrue();
        assertThat(proven(plan, "field_isforeignkey_condition_occurrence_person_id")).isTrue();
        assertThat(counts("field_isprimarykey_condition_occurrence_condition_occurrence_id")).containsExactly(0L, 3L);
        assertThat(counts("field_isforeignkey_condition_occurrence_person_id")).containsExactly(0L, 3L);
        assertThat(counts("field_isprimarykey_person_person_id")).containsExactly(0L, 2L);
        assertThat(result("field_isprimarykey_person_person_id").queryText()).contains("group by").contains("having");
    }

    @Test
    void aKeyAddedNotValidProvesNothingAndTheOrphanIsCounted() {
        List<CheckInstance> plan = CheckPlan.instances(database.sql(), QualityConfiguration.bundled(), KEYED);

        assertThat(proven(plan, "field_isforeignkey_condition_occurrence_visit_occurrence_id")).isFalse();
        assertThat(counts("field_isforeignkey_condition_occurrence_visit_occurrence_id")).containsExactly(1L, 3L);
        assertThat(result("field_isforeignkey_condition_occurrence_visit_occurrence_id").failed()).isTrue();
    }

    private static boolean proven(List<CheckInstance> plan, String checkId) {
        CheckInstance check = plan.stream().filter(instance -> instance.checkId().equals(checkId)).findFirst().orElseThrow();
        return check.query().rowTest() != null && check.query().rowTest().violated().equals(org.jooq.impl.DSL.falseCondition());
    }

    private static CheckResult result(String checkId) {
        return run.results().stream().filter(r -> r.checkId().equals(checkId)).findFirst().orElseThrow();
    }

    private static List<Long> counts(String checkId) {
        CheckResult result = result(checkId);
        return java.util.Arrays.asList(result.numViolatedRows(), result.numDenominatorRows());
    }
}
