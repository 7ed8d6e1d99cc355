package org.myelin.app.cohort;

import org.myelin.app.cli.AtLeastOne;
import org.myelin.cohort.run.CohortBatchGenerator;
import picocli.CommandLine.Option;

/** The {@code --parallel} option of the commands that generate cohorts (a picocli mixin); below 1 is a bad option. */
public final class ParallelCohortsOption {

    @Option(names = "--parallel", defaultValue = "" + CohortBatchGenerator.DEFAULT_PARALLELISM, paramLabel = "N",
            converter = AtLeastOne.class,
            description = "Cohorts generated at the same time, 1 or more (default ${DEFAULT-VALUE}).")
    int cohorts;

    /** How many cohorts are generated at the same time. */
    public int cohorts() {
        return cohorts;
    }
}
