package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The db commands against an external server given with --db, as a site with its own PostgreSQL runs them. */
@ExtendWith(TestDatabaseExtension.class)
class DatabaseCommandsTests {

    @Test
    void initTwiceChangesNothingTheSecondTimeAndStatusListsEveryCdmTable(TestDatabase database) throws IOException {
        CommandLineRun first = myelin("db", "init", "--db", database.jdbcUrl());
        CommandLineRun second = myelin("db", "init", "--db", database.jdbcUrl());
        CommandLineRun status = myelin("db", "status", "--db", database.jdbcUrl());

        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out()).contains("Database initialised:").contains("changesets applied");
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains("up to date; nothing changed");
        assertThat(status.exitCode()).as(status.err()).isZero();
        List<String> cdmTables = officialTableNames();
        assertThat(cdmTables).hasSize(39);
        for (String table : cdmTables) {
            assertThat(status.out()).containsPattern("(?m)^  (cdm|vocab|results) +" + table + " +0$");
        }
        assertThat(status.out()).contains("142 of 142 changesets, up to date").contains("Vocabulary  none loaded");
    }

    @Test
    void schemaNamesAreConfigurable(TestDatabase database) {
        CommandLineRun init = myelin("db", "init", "--db", database.jdbcUrl(), "--cdm-schema", "omop_cdm",
                "--vocab-schema", "omop_vocab");

        assertThat(init.exitCode()).as(init.err()).isZero();
        assertThat(database.sql().fetchValue("select count(*) from information_schema.tables "
                + "where table_schema = 'omop_cdm' and table_name = 'person'")).isEqualTo(1L);
        assertThat(database.sql().fetchValue("select count(*) from information_schema.tables "
                + "where table_schema = 'omop_vocab' and table_name = 'concept'")).isEqualTo(1L);
    }

    @Test
    void unreachableServerGivesOneLineNamingHostAndPortAndExitCode2() {
        CommandLineRun run = myelin("db", "init", "--db", "jdbc:postgresql://127.0.0.1:1/omop");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("127.0.0.1:1").contains("refused").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void refusedLoginGivesOneLineAndExitCode2(TestDatabase database) {
        String url = database.jdbcUrl().replaceAll("user=[^&]*", "user=nobody_here");

        CommandLineRun run = myelin("db", "status", "--db", url);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).contains("cannot connect to PostgreSQL at").contains("nobody_here");
    }

    @Test
    void databaseHoldingSomeoneElsesTablesIsRefusedUntouched(TestDatabase database) {
        database.sql().execute("create schema their_cdm");
        database.sql().execute("create table their_cdm.person (person_id int)");

        CommandLineRun run = myelin("db", "init", "--db", database.jdbcUrl(), "--cdm-schema", "their_cdm");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("their_cdm").contains("did not create");
        assertThat(database.sql().fetchValue("select count(*) from information_schema.columns "
                + "where table_schema = 'their_cdm'")).isEqualTo(1L);
    }

    @Test
    void malformedUrlAndUnknownCommandAreUserErrors() {
        CommandLineRun badUrl = myelin("db", "init", "--db", "postgres://somewhere");
        CommandLineRun typo = myelin("db", "inti");

        assertThat(badUrl.exitCode()).isEqualTo(2);
        assertThat(badUrl.err()).contains("is not a PostgreSQL JDBC URL");
        assertThat(typo.exitCode()).isEqualTo(2);
        assertThat(typo.err()).contains("inti").contains("myelin db --help");
    }

    @Test
    void versionAndHelpWork() {
        CommandLineRun version = myelin("--version");
        CommandLineRun help = myelin("db", "init", "--help");

        assertThat(version.exitCode()).isZero();
        assertThat(version.out()).startsWith("myelin ");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--db=JDBC_URL").contains("MYELIN_DB_URL");
    }

    private static List<String> officialTableNames() throws IOException {
        try (Reader reader = new InputStreamReader(Objects.requireNonNull(
                DatabaseCommandsTests.class.getResourceAsStream("/omop/OMOP_CDMv5.4_Table_Level.csv")), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setIgnoreEmptyLines(true).get()
                    .parse(reader).stream().map(row -> row.get("cdmTableName").toLowerCase(Locale.ROOT)).toList();
        }
    }
}
