package org.myelin.etl.nightly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.etl.load.CopyWriter;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class NightlyBuildTests {

    private static TestDatabase database;

    @BeforeAll
    static void migrate(TestDatabase testDatabase) {
        database = testDatabase;
        database.migrate();
    }

    @Test
    void publishedBuildReplacesTheCdmAndAnAbandonedOneChangesNothing() {
        // given a published CDM of two persons
        build(List.of(1, 2), true);
        Schemas schemas = Schemas.DEFAULT;
        DSLContext cdm = DSL.using(database.dataSource(), Schemas.dialect(), schemas.settings());
        assertThat(cdm.fetchCount(PERSON)).isEqualTo(2);

        // when a run loads three persons into cdm_next and dies before publishing
        build(List.of(1, 2, 3), false);

        // then readers still see the two published persons
        assertThat(cdm.fetchCount(PERSON)).isEqualTo(2);

        // and the next run starts from an empty cdm_next, so nothing is loaded twice
        build(List.of(1, 2, 3, 4), true);
        assertThat(cdm.fetch(DSL.select(PERSON.PERSON_ID).from(PERSON).orderBy(PERSON.PERSON_ID)).getValues(PERSON.PERSON_ID))
                .containsExactly(1, 2, 3, 4);
        assertThat(database.sql().fetchValue("select count(*) from information_schema.schemata "
                + "where schema_name in ('cdm_next', 'cdm_retired')")).isEqualTo(0L);
        assertThat(database.sql().fetchValue("select count(*) from pg_indexes where schemaname = 'cdm' "
                + "and indexname = 'xpk_person'")).isEqualTo(1L);
    }

    @Test
    void secondRunIsRefusedWhileOneHoldsTheLock() {
        try (NightlyBuild running = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT)) {
            long runId = new RunLog(database.dataSource(), Schemas.DEFAULT).start("registry", "export.zip");

            assertThatThrownBy(() -> NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT))
                    .isInstanceOf(UserError.class)
                    .hasMessageContaining("another Myelin ETL run").hasMessageContaining("#" + runId)
                    .hasMessageContaining("published CDM is untouched");
            new RunLog(database.dataSource(), Schemas.DEFAULT).finish(runId, RunLog.Status.COMPLETED, "done", null);
        }
        NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT).close();
    }

    @Test
    void lockOfAKilledProcessIsReleasedAndItsRunMarkedInterrupted() throws Exception {
        // given a run whose process dies while holding the lock (its connection is cut, as kill -9 would)
        NightlyBuild killed = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT);
        long runId = new RunLog(database.dataSource(), Schemas.DEFAULT).start("registry", "export.zip");
        database.sql().execute("select pg_terminate_backend(pid, 5000) from pg_locks where locktype = 'advisory' "
                + "and database = (select oid from pg_database where datname = current_database())");

        // when the next run begins
        try (NightlyBuild next = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT)) {
            // then it got the lock and the dead run is marked as interrupted
            assertThat(database.sql().select(RUN_LOG.STATUS, RUN_LOG.MESSAGE).from(RUN_LOG)
                    .where(RUN_LOG.RUN_ID.eq(runId)).fetchOne())
                    .satisfies(run -> {
                        assertThat(run.value1()).isEqualTo("FAILED");
                        assertThat(run.value2()).contains("interrupted");
                    });
        }
        killed.close();
    }

    private static void build(List<Integer> personIds, boolean publish) {
        try (NightlyBuild build = NightlyBuild.begin(database.dataSource(), Schemas.DEFAULT)) {
            build.prepare();
            try (CopyWriter persons = new CopyWriter(database.dataSource(), build.next(), PERSON, List.of(PERSON.PERSON_ID,
                    PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH, PERSON.RACE_CONCEPT_ID, PERSON.ETHNICITY_CONCEPT_ID))) {
                for (int id : personIds) {
                    persons.write(id, 0, 1970 + id, 0, 0);
                }
            }
            build.finishLoading();
            if (publish) {
                build.publish();
            }
        }
    }
}
