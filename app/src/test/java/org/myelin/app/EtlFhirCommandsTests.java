package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/**
 * The FHIR commands: FHIR alone, FHIR with a registry export in one run, the help on the site's code systems, and a file
 * that is not FHIR.
 */
@ExtendWith(TestDatabaseExtension.class)
class EtlFhirCommandsTests {

    @TempDir
    Path temp;

    @Test
    void fhirAloneAndWithTheRegistryLoadAndReportPerResourceType(TestDatabase database) throws IOException {
        Path export = temp.resolve("export");
        CommandLineRun vocabulary = myelin("vocab", "load", "--starter", "--db", database.jdbcUrl());
        CommandLineRun generate = myelin("generate", "registry", "--patients", "20", "--seed", "5", "--out", export.toString());
        String registryPatient = Files.readAllLines(export.resolve("patients.csv")).get(1).split(",")[0];
        Path fhir = Files.createDirectories(temp.resolve("fhir"));
        Files.writeString(fhir.resolve("Patient.ndjson"),
                "{\"resourceType\":\"Patient\",\"id\":\"a\",\"gender\":\"female\",\"birthDate\":\"1980-01-01\","
                        + "\"identifier\":[{\"system\":\"urn:myelin:registry-patient-id\",\"value\":\"" + registryPatient + "\"}]}\n");
        Files.writeString(fhir.resolve("Condition.ndjson"),
                "{\"resourceType\":\"Condition\",\"id\":\"c\",\"subject\":{\"reference\":\"Patient/a\"},\"onsetDateTime\":\"2020-01-01\","
                        + "\"code\":{\"coding\":[{\"system\":\"http://snomed.info/sct\",\"code\":\"24700007\"}]}}\n"
                        + "{\"resourceType\":\"Condition\",\"id\":\"d\",\"subject\":{\"reference\":\"Patient/zz\"},\"onsetDateTime\":\"2020-01-01\"}\n");

        CommandLineRun alone = myelin("etl", "fhir", fhir.toString(), "--db", database.jdbcUrl());
        CommandLineRun both = myelin("etl", "run", "--registry", export.toString(), "--fhir", fhir.toString(),
                "--link-system", "urn:myelin:registry-patient-id", "--db", database.jdbcUrl());

        assertThat(vocabulary.exitCode()).as(vocabulary.err()).isZero();
        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(alone.exitCode()).as(alone.err()).isZero();
        assertThat(alone.out()).containsPattern("FHIR Condition\\s+2\\s+1\\s+1\\s+0").containsPattern("person\\s+1\\n");
        assertThat(both.exitCode()).as(both.err()).isZero();
        assertThat(both.out()).contains("patients.csv").containsPattern("FHIR Patient\\s+1\\s+1\\s+0\\s+0")
                .containsPattern("person\\s+20\\n");
    }

    @Test
    void onlyTheCommandsThatLoadFhirTellOfTheSiteCodeSystemsFile() {
        CommandLineRun registry = myelin("etl", "registry", "--help");
        CommandLineRun fhir = myelin("etl", "fhir", "--help");
        CommandLineRun both = myelin("etl", "run", "--help");

        assertThat(registry.out()).contains("--mappings").doesNotContain("fhir-code-systems.csv");
        assertThat(fhir.out()).contains("fhir-code-systems.csv");
        assertThat(both.out()).contains("fhir-code-systems.csv");
    }

    @Test
    void aFileThatIsNotFhirIsAOneLineUserError(TestDatabase database) throws IOException {
        Path csv = Files.writeString(temp.resolve("patients.csv"), "patient_id,sex\nP1,F\n");

        CommandLineRun run = myelin("etl", "fhir", csv.toString(), "--db", database.jdbcUrl());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("patients.csv is not FHIR").doesNotContain("\tat ");
    }
}
