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

/** {@code myelin study run}: the standard MS study into a package, and bad input that ends in one line and exit 2. */
@ExtendWith(TestDatabaseExtension.class)
class StudyCommandsTests {

    @TempDir
    Path temp;

    @Test
    void libraryStudyWritesAPackageAndItsZip(TestDatabase database) {
        assertThat(myelin("db", "init", "--db", database.jdbcUrl()).exitCode()).isZero();
        assertThat(myelin("vocab", "load", "--starter", "--db", database.jdbcUrl()).exitCode()).isZero();
        Path out = temp.resolve("ms-study");

        CommandLineRun run = myelin("study", "run", "--library", "ms", "--out", out.toString(), "--db", database.jdbcUrl());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("Report:          " + out.resolve("report.html"));
        assertThat(run.err()).contains("study myelin-ms-library: 36 cohorts");
        assertThat(out.resolve("manifest.json")).exists();
        assertThat(out.resolve("cohort_counts.csv")).content().contains("1001,Multiple sclerosis,target,library ms,0,0");
        assertThat(temp.resolve("ms-study.zip")).exists();
    }

    @Test
    void badInputIsOneLineWithExitCodeTwoAndWritesNothing(TestDatabase database) throws IOException {
        Path out = temp.resolve("never");
        Path study = Files.writeString(temp.resolve("study.json"), """
                {"id": "s", "title": "t", "targets": [{"cohortId": 1, "library": "ms"}], "analyses": ["everything"]}""");

        CommandLineRun negative = myelin("study", "run", "--library", "ms", "--out", out.toString(), "--min-cell-count", "-1",
                "--db", database.jdbcUrl());
        CommandLineRun analysis = myelin("study", "run", study.toString(), "--out", out.toString(), "--db", database.jdbcUrl());
        CommandLineRun both = myelin("study", "run", study.toString(), "--library", "ms", "--out", out.toString(),
                "--db", database.jdbcUrl());

        assertThat(negative.exitCode()).isEqualTo(2);
        assertThat(negative.err().strip()).isEqualTo("myelin: the minimum cell count must be 0 or more, not -1 (OHDSI networks use 5)");
        assertThat(analysis.exitCode()).isEqualTo(2);
        assertThat(analysis.err().strip()).endsWith(study + ": $.analyses[0]: unknown analysis 'everything'; known: "
                + "[cohortCounts, attrition, characteristics, incidence, timeToEvent, treatmentSequences, relapseRate]");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("name either a study definition (STUDY.json) or --library ms, not both");
        assertThat(out).doesNotExist();
        assertThat(temp.resolve("never.zip")).doesNotExist();
    }
}
