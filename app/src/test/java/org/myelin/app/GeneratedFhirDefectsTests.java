package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;
import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** {@code generate fhir --defects} through {@code etl fhir}: the run quarantines exactly the lines listed. */
@ExtendWith(TestDatabaseExtension.class)
class GeneratedFhirDefectsTests {

    @TempDir
    Path temp;

    @Test
    void everySeededBadLineAndNoOtherIsQuarantinedAtItsFileAndLine(TestDatabase database) throws IOException {
        // given a generated FHIR set with every kind of bad line
        Path fhir = temp.resolve("fhir");
        CommandLineRun vocabulary = myelin("vocab", "load", "--starter", "--db", database.jdbcUrl());
        CommandLineRun generate = myelin("generate", "fhir", "--patients", "12", "--seed", "4", "--defects", "--out",
                fhir.toString());

        // when the ETL loads it
        CommandLineRun etl = myelin("etl", "fhir", fhir.toString(), "--db", database.jdbcUrl());

        // then the quarantine holds the listed lines, by file and line
        assertThat(vocabulary.exitCode()).as(vocabulary.err()).isZero();
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(etl.exitCode()).as(etl.err()).isZero();
        List<String> listed = Files.readAllLines(fhir.resolve("expected-quarantine.csv")).stream().skip(1)
                .map(line -> line.split(",")[0] + ":" + line.split(",")[1])
                .toList();
        List<String> quarantined = database.sql().select(QUARANTINE.LOCATOR).from(QUARANTINE)
                .where(QUARANTINE.SOURCE.eq("fhir")).fetch(QUARANTINE.LOCATOR).stream()
                .map(locator -> Path.of(locator.split(" ")[0]).getFileName().toString())
                .toList();
        assertThat(listed).hasSizeGreaterThanOrEqualTo(6);
        assertThat(quarantined).containsExactlyInAnyOrderElementsOf(listed);
    }
}
