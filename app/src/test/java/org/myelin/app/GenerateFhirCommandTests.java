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
    void badOptionsAreOneLineUserErrors() {
        CommandLineRun noPatients = myelin("generate", "fhir", "--patients", "0", "--out", temp.toString());
        CommandLineRun badShare = myelin("generate", "fhir", "--patients", "5", "--registry-share", "1.5", "--out",
                temp.toString());

        assertThat(noPatients.exitCode()).isEqualTo(2);
        assertThat(noPatients.err()).contains("--patients must be at least 1").doesNotContain("\tat ");
        assertThat(badShare.exitCode()).isEqualTo(2);
        assertThat(badShare.err()).contains("--registry-share must be between 0 and 1");
    }
}
