package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;

import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.etl.nightly.NightlyBuild;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class PublishGateTests {

    private static TestDatabase database;

    @BeforeAll
    static void migrate(TestDatabase testDatabase) {
        database = testDatabase;
        database.migrate();
        QualityFixture.insertVocabulary(database.sql());
    }

    @Test
    void fatalFailureInCdmNextBlocksThePublishAndKeepsThePublishedCdm() {
        // given a published CDM of one person
        DSLContext sql = database.sql();
        sql.execute("delete from cdm.person");
        sql.execute("insert into cdm.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)"
                + " values (1, 8507, 1980, 0, 0)");

        try (NightlyBuild build = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT)) {
            // and tonight's cdm_next with a duplicate person id and a period of a person who does not exist
            build.prepare();
            sql.execute("""
                    insert into cdm_next.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)
                        values (1, 8507, 1980, 0, 0), (2, 8532, 1985, 0, 0), (2, 8532, 1985, 0, 0);
                    insert into cdm_next.observation_period (observation_period_id, person_id, observation_period_start_date,
                        observation_period_end_date, period_type_concept_id) values (1, 1, '2000-01-01', '2001-01-01', 32817),
                        (2, 99, '2000-01-01', '2001-01-01', 32817)
                    """);

            // when the keys are built first, as a run does (those rows leave them unbuilt), then the checks run and the gate decides
            assertThat(build.tryFinishLoading()).isFalse();
            DataQualityRun run = new DataQualityRunner(database.dataSource(), build.next()).run();
            PublishGate.Decision decision = PublishGate.decide(run);
            if (decision.mayPublish()) {
                build.publish();
            }

            // then publishing is refused, naming the fatal checks
            assertThat(decision.mayPublish()).isFalse();
            assertThat(decision.fatalFailures()).extracting(CheckResult::checkId).containsExactlyInAnyOrder(
                    "field_isprimarykey_person_person_id", "field_isforeignkey_observation_period_person_id");
            assertThat(decision.message()).contains("isPrimaryKey person.person_id (2 rows)")
                    .contains("isForeignKey observation_period.person_id (1 rows)");
        }
        // and readers still see the published CDM
        assertThat(sql.fetch(PERSON).getValues(PERSON.PERSON_ID)).containsExactly(1);
    }

    @Test
    void aReferenceToAVisitThatIsNotThereLeavesTheKeysUnbuiltAndRefusesThePublishByName() {
        DSLContext sql = database.sql();
        try (NightlyBuild build = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT)) {
            // given a cdm_next whose condition refers to a visit it does not hold
            build.prepare();
            sql.execute("""
                    insert into cdm_next.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)
                        values (1, 8507, 1980, 0, 0);
                    insert into cdm_next.condition_occurrence (condition_occurrence_id, person_id, condition_concept_id,
                        condition_start_date, condition_type_concept_id, visit_occurrence_id) values (1, 1, 201, '2005-01-01', 32817, 42)
                    """);

            // when the keys are built first, then the checks run and the gate decides
            assertThat(build.tryFinishLoading()).isFalse();
            PublishGate.Decision decision = PublishGate.decide(new DataQualityRunner(database.dataSource(), build.next()).run());

            // then the gate refuses, naming the reference, rather than a key build failing after it
            assertThat(decision.mayPublish()).isFalse();
            assertThat(decision.message()).contains("isForeignKey condition_occurrence.visit_occurrence_id (1 rows)");
        }
    }

    @Test
    void failuresOfChecksThatAreNotFatalAreReportedAndPublished() {
        DSLContext sql = database.sql();
        try (NightlyBuild build = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT)) {
            // given a cdm_next whose only fault is an implausible year of birth
            build.prepare();
            sql.execute("insert into cdm_next.person (person_id, gender_concept_id, year_of_birth, race_concept_id,"
                    + " ethnicity_concept_id) values (7, 8507, 1800, 0, 0)");

            // when the checks run and the gate decides
            DataQualityRun run = new DataQualityRunner(database.dataSource(), build.next()).run();
            PublishGate.Decision decision = PublishGate.decide(run);

            // then the failure is reported, the gate lets it through, and the publish replaces the CDM
            assertThat(run.failures()).extracting(CheckResult::checkId).contains("field_plausiblevaluelow_person_year_of_birth");
            assertThat(decision.mayPublish()).isTrue();
            assertThat(decision.fatalFailures()).isEmpty();
            build.finishLoading();
            build.publish();
        }
        assertThat(sql.fetch(PERSON).getValues(PERSON.PERSON_ID)).containsExactly(7);
    }
}
