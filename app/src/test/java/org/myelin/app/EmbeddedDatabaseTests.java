package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The default database: an embedded PostgreSQL whose data stays in MYELIN_HOME between runs. */
class EmbeddedDatabaseTests {

    @TempDir
    Path home;

    @Test
    void demoRunsTheChainOnTheEmbeddedDatabaseAndItsDataOutlivesTheRun() throws IOException {
        String port = String.valueOf(freePort());

        CommandLineRun demo = myelin("demo", "--home", home.toString(), "--pg-port", port, "--patients", "40");
        CommandLineRun status = myelin("db", "status", "--home", home.toString(), "--pg-port", port);
        CommandLineRun url = myelin("db", "url", "--home", home.toString(), "--pg-port", port);

        assertThat(demo.exitCode()).as(demo.err()).isZero();
        assertThat(demo.out()).contains("Database initialised:").contains("Myelin MS starter")
                .containsPattern("patients.csv +40 +40 +0").containsPattern("FHIR Patient +40 +40 +0 +0")
                .containsPattern("\\[5/7\\] Data quality.*\\n(.*\\n)*? +All +\\d+ +\\d+ +\\d+ +0 ")
                .contains("Demo finished");
        // the demo ends with the MS library study and says where its report is
        assertThat(demo.out()).contains("[7/7] Study: the MS phenotype library")
                .contains("Study report: " + home.resolve("demo").resolve("ms-study").resolve("report.html"));
        assertThat(home.resolve("demo").resolve("ms-study").resolve("report.html")).content().contains("<h2>Provenance</h2>");
        assertThat(home.resolve("demo").resolve("ms-study.zip")).exists();
        Matcher linked = Pattern.compile("40 patients \\((\\d+) with a registry id\\)").matcher(demo.err());
        assertThat(linked.find()).as(demo.err()).isTrue();
        int hospitalOnly = 40 - Integer.parseInt(linked.group(1));
        assertThat(Files.exists(home.resolve("pg/PG_VERSION"))).isTrue();
        assertThat(status.exitCode()).as(status.err()).isZero();
        assertThat(status.out()).contains("142 of 142 changesets, up to date")
                .containsPattern("(?m)^  cdm +person +" + (40 + hospitalOnly) + "$") // the linked ones are the registry's
                .contains("registryEtlJob").contains("COMPLETED");
        assertThat(url.out().strip()).isEqualTo("jdbc:postgresql://localhost:" + port + "/myelin?user=postgres");
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
