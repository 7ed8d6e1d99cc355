package org.myelin.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.app.CommandLineRun.myelin;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --parallel} of cohort run, study run and dq: below 1 is a bad option, one line and exit 2, before any work. */
class ParallelOptionTests {

    @TempDir
    Path temp;

    @Test
    void belowOneIsRefusedByEveryCommandThatHasIt() {
        CommandLineRun cohort = myelin("cohort", "run", temp.resolve("cohort.json").toString(), "--parallel", "0");
        CommandLineRun study = myelin("study", "run", "--library", "ms", "--out", temp.resolve("never").toString(),
                "--parallel", "-3");
        CommandLineRun dq = myelin("dq", "--out", temp.resolve("dq").toString(), "--parallel", "0");

        assertThat(cohort.exitCode()).isEqualTo(2);
        assertThat(cohort.err().strip()).isEqualTo(
                "myelin: Invalid value for option '--parallel': must be 1 or more, not 0 (see 'myelin cohort run --help')");
        assertThat(study.exitCode()).isEqualTo(2);
        assertThat(study.err().strip()).isEqualTo(
                "myelin: Invalid value for option '--parallel': must be 1 or more, not -3 (see 'myelin study run --help')");
        assertThat(dq.exitCode()).isEqualTo(2);
        assertThat(dq.err().strip()).isEqualTo(
                "myelin: Invalid value for option '--parallel': must be 1 or more, not 0 (see 'myelin dq --help')");
        assertThat(temp.resolve("never")).doesNotExist();
        assertThat(temp.resolve("dq")).doesNotExist();
    }

    @Test
    void aWordIsRefusedTheSameWay() {
        CommandLineRun cohort = myelin("cohort", "run", temp.resolve("cohort.json").toString(), "--parallel", "two");

        assertThat(cohort.exitCode()).isEqualTo(2);
        assertThat(cohort.err().strip()).isEqualTo(
                "myelin: Invalid value for option '--parallel': 'two' is not a whole number (see 'myelin cohort run --help')");
    }
}
