package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code myelin generate fhir} from the command line: the files it writes and its one-line errors. */
class GenerateFhirCommandTests {

    @TempDir
    Path temp;

    @Test
    void writesOneNdjsonFilePerResourceTypeAndSummarises() throws IOException {
        Path out = temp.resolve("fhir");

        CommandLineRun generate = myelin("generate", "fhir", "--patients", "8", "--seed", "3", "--out", out.toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.err()).containsPattern("8 patients \\(\\d+ with a registry id\\), [\\d,]+ FHIR resources");
        assertThat(Files.readAllLines(out.resolve("Patient.ndjson"))).hasSize(8);
        assertThat(out.resolve("Observation.ndjson")).isNotEmptyFile();
        assertThat(out.resolve("QuestionnaireResponse.ndjson")).exists();
    }

    @Test
    void defectsAreSeededAndListedBesideTheNdjson() throws IOException {
        Path out = temp.resolve("defective");

        CommandLineRun generate = myelin("generate", "fhir", "--patients", "10", "--seed", "3", "--defects", "--out",
                out.toString());

        assertThat(generate.exitCode()).as(generate.err()).isZero();
        assertThat(generate.err()).containsPattern("\\d+ bad lines seeded");
        assertThat(Files.readAllLines(out.resolve("expected-quarantine.csv")))
                .first().isEqualTo("file,line,resource_type,resource_id,defect,detail");
        assertThat(out.resolve("expected-counts.csv")).isNotEmptyFile();
    }

    @Test
    void badOptionsAreOneLineUserErrors() {
        CommandLineRun noPatients = myelin("generate", "fhir", "--patients", "0", "--out", temp.toString());
        CommandLineRun badShare = myelin("generate", "fhir", "--patients", "5", "--registry-share", "1.5", "--out",
                temp.toString());
        CommandLineRun defectiveBundles = myelin("generate", "fhir", "--patients", "5", "--bundles", "--defects",
                "--out", temp.toString());

        assertThat(noPatients.exitCode()).isEqualTo(2);
        assertThat(noPatients.err()).contains("--patients must be at least 1").doesNotContain("\tat ");
        assertThat(badShare.exitCode()).isEqualTo(2);
        assertThat(badShare.err()).contains("--registry-share must be between 0 and 1");
        assertThat(defectiveBundles.exitCode()).isEqualTo(2);
        assertThat(defectiveBundles.err()).contains("--defects").contains("--bundles");
    }
}
