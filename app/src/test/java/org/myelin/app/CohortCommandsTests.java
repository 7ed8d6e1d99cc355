package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The cohort commands on the demo definition, and a definition that names an undefined concept set. */
@ExtendWith(TestDatabaseExtension.class)
class CohortCommandsTests {

    @TempDir
    Path temp;

    @Test
    void demoDefinitionChecksPrintsItsSqlAndRunsOnAnInitialisedDatabase(TestDatabase database) throws IOException {
        Path definition = demoDefinition();
        assertThat(myelin("db", "init", "--db", database.jdbcUrl()).exitCode()).isZero();

        CommandLineRun check = myelin("cohort", "check", definition.toString());
        CommandLineRun sql = myelin("cohort", "sql", definition.toString(), "--cdm-schema", "omop");
        CommandLineRun run = myelin("cohort", "run", definition.toString(), "--cohort-id", "7", "--db", database.jdbcUrl());

        assertThat(check.exitCode()).as(check.err()).isZero();
        assertThat(check.out()).contains("no errors");
        assertThat(sql.exitCode()).as(sql.err()).isZero();
        assertThat(sql.out()).contains("\"omop\".\"condition_occurrence\"");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Cohort 7: ms-first-diagnosis-treated").contains("Rule 1: DMT within two years");
        assertThat(database.sql().fetchValue("select count(*) from results.cohort_definition where cohort_definition_id = 7"))
                .isEqualTo(1L);
    }

    @Test
    void definitionWithAnUndefinedConceptSetIsRefusedWithItsJsonPath() throws IOException {
        Path broken = temp.resolve("broken.json");
        Files.writeString(broken, Files.readString(demoDefinition()).replace("\"CodesetId\": 0", "\"CodesetId\": 9"));

        CommandLineRun check = myelin("cohort", "check", broken.toString());

        assertThat(check.exitCode()).isEqualTo(2);
        assertThat(check.out()).contains("$.PrimaryCriteria.CriteriaList[0].ConditionOccurrence.CodesetId");
        assertThat(check.err()).contains("broken.json: 1 error(s)");
    }

    private Path demoDefinition() throws IOException {
        Path file = temp.resolve("ms-first-diagnosis-treated.json");
        if (!Files.exists(file)) {
            Files.write(file, Objects.requireNonNull(getClass().getResourceAsStream("/demo/ms-first-diagnosis-treated.json"))
                    .readAllBytes());
        }
        return file;
    }
}
