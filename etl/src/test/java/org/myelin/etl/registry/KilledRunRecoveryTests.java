package org.myelin.etl.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.myelin.Tables.RUN_LOG;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.nightly.CdmChecksum;
import org.myelin.etl.registry.synthetic.GenerationProgress;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/**
 * The nightly promise under kill -9: a registry job in a child JVM is killed ({@link Process#destroyForcibly()}) in
 * the middle of several stages; after each kill the published CDM is exactly what it was, and the next run
 * completes with an identical CDM, so nothing of a killed run was kept or loaded twice.
 */
@ExtendWith(TestDatabaseExtension.class)
class KilledRunRecoveryTests {

    /** Where to kill: as a stage begins, after a delay that lands inside it. */
    private record KillPoint(String stage, Duration after) {
    }

    private static final List<KillPoint> KILL_POINTS = List.of(
            new KillPoint("load visits.csv", Duration.ofMillis(300)),
            new KillPoint("load proms.csv", Duration.ZERO),
            new KillPoint("derive periods and eras", Duration.ofMillis(100)),
            new KillPoint("build keys and indexes", Duration.ofMillis(100)),
            new KillPoint("data-quality checks", Duration.ofMillis(500)));

    @TempDir
    static Path temp;

    @Test
    void aRunKilledAtAnyStageLeavesThePublishedCdmAndTheNextRunCompletesWithoutDuplicates(TestDatabase database)
            throws Exception {
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        Path export = temp.resolve("export");
        new RegistryExportGenerator(RegistryGenerationOptions.of(200, 5, true)).generate(export, GenerationProgress.SILENT);
        RegistryRunReport first = new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(export, List.of());
        DSLContext cdm = database.sql();
        Map<String, String> published = CdmChecksum.of(cdm);

        for (KillPoint point : KILL_POINTS) {
            killAt(point, database, export);

            assertThat(CdmChecksum.of(cdm)).as("published CDM after a kill at " + point.stage()).isEqualTo(published);
        }

        RegistryRunReport next = new RegistryEtl(database.dataSource(), Schemas.DEFAULT, RunProgress.SILENT).run(export, List.of());

        assertThat(CdmChecksum.of(cdm)).isEqualTo(published);
        assertThat(next.files()).isEqualTo(first.files());
        assertThat(cdm.fetchCount(PERSON)).isEqualTo(cdm.fetchCount(DSL.selectDistinct(PERSON.PERSON_SOURCE_VALUE).from(PERSON)))
                .isEqualTo((int) first.files().get("patients.csv").loaded());
        assertThat(cdm.select(RUN_LOG.STATUS, RUN_LOG.MESSAGE).from(RUN_LOG)
                .where(RUN_LOG.RUN_ID.gt(first.runId()), RUN_LOG.RUN_ID.lt(next.runId())).fetch())
                .hasSize(KILL_POINTS.size())
                .allSatisfy(run -> {
                    assertThat(run.value1()).isEqualTo("FAILED");
                    assertThat(run.value2()).contains("interrupted");
                });
        assertThat(cdm.fetchValue("select count(*) from information_schema.schemata where schema_name in ('cdm_next', 'cdm_retired')"))
                .isEqualTo(0L);
    }

    /** Starts the job in a child JVM, waits for the stage, then kills the process as kill -9 would. */
    private static void killAt(KillPoint point, TestDatabase database, Path export) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), RegistryEtlProcess.class.getName(), database.jdbcUrl(), export.toString())
                .redirectErrorStream(true).start();
        StringBuilder output = new StringBuilder();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null && !line.equals(RegistryEtlProcess.STAGE + point.stage())) {
                output.append(line).append('\n');
            }
            assertThat(line).as("the child reached '" + point.stage() + "'; its output:\n" + output).isNotNull();
            Thread.sleep(point.after().toMillis());
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(child.exitValue()).as("killed in '" + point.stage() + "', not finished").isEqualTo(137);
        awaitLockReleased(database);
    }

    /** The server ends the dead process's sessions, and with them its advisory lock, as soon as it notices them gone. */
    private static void awaitLockReleased(TestDatabase database) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (database.sql().fetchOne("select count(*) from pg_locks where locktype = 'advisory' and database = "
                + "(select oid from pg_database where datname = current_database())").get(0, Long.class) > 0) {
            assertThat(System.nanoTime()).as("the killed run's lock is released").isLessThan(deadline);
            Thread.sleep(50);
        }
    }
}
