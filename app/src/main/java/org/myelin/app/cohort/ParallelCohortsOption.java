package org.myelin.app.cohort;

import org.myelin.cohort.run.CohortBatchGenerator;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@code --parallel} option of the commands that generate cohorts (a picocli mixin); below 1 is a bad option. */
public final class ParallelCohortsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    private int cohorts;

    @Option(names = "--parallel", defaultValue = "" + CohortBatchGenerator.DEFAULT_PARALLELISM, paramLabel = "N",
            description = "Cohorts generated at the same time, 1 or more (default ${DEFAULT-VALUE}).")
    void cohorts(int value) {
        if (value < 1) {
            throw new ParameterException(command.commandLine(), "--parallel must be 1 or more, not " + value);
        }
        cohorts = value;
    }

    /** How many cohorts are generated at the same time. */
    public int cohorts() {
        return cohorts;
    }
}
