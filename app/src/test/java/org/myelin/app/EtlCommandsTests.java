package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The steward's commands in order: starter vocabulary, a generated export with bad rows, the ETL, its status. */
@ExtendWith(TestDatabaseExtension.class)
class EtlCommandsTests {

    @TempDir
    Path temp;

    @Test
    void generatedExportWithDefectsLoadsAndTheQuarantineIsReported(TestDatabase database) {
        Path export = temp.resolve("export");

        CommandLineRun vocabulary = myelin("vocab", "load", "--starter", "--db", database.jdbcUrl());
        CommandLineRun generate = myelin("generate", "registry", "--patients", "60", "--seed", "5", "--defects",
                "--out", export.toString());
        CommandLineRun etl = myelin("etl", "registry", export.toString(), "--db", database.jdbcUrl());
        CommandLineRun status = myelin("etl", "status", "--db", database.jdbcUrl());

        assertThat(vocabulary.exitCode()).as(vocabulary.err()).isZero();
        assertThat(vocabulary.out()).contains("vocabulary version: Myelin MS starter");
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.err()).contains("bad rows seeded");
        assertThat(etl.exitCode()).as(etl.err()).isZero();
        assertThat(etl.out()).containsPattern("Run #\\d+: [\\d,]+ CDM rows written, [1-9][\\d,]* source rows quarantined");
        assertThat(status.out()).contains("registryEtlJob").contains("COMPLETED").contains("Report of run #");
    }

    @Test
    void missingExportAndBadOptionsAreOneLineUserErrors(TestDatabase database) {
        CommandLineRun missing = myelin("etl", "registry", temp.resolve("nowhere").toString(), "--db", database.jdbcUrl());
        CommandLineRun noBundle = myelin("vocab", "load", "--db", database.jdbcUrl());
        CommandLineRun noPatients = myelin("generate", "registry", "--patients", "0", "--out", temp.toString());

        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("registry export").contains("does not exist").doesNotContain("\tat ");
        assertThat(noBundle.exitCode()).isEqualTo(2);
        assertThat(noBundle.err()).contains("either a bundle PATH or --starter");
        assertThat(noPatients.exitCode()).isEqualTo(2);
        assertThat(noPatients.err()).contains("--patients must be at least 1");
    }
}
