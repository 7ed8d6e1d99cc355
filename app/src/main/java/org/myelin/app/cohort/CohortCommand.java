package org.myelin.app.cohort;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin cohort}: OHDSI ATLAS/Circe cohort definitions. */
@Command(name = "cohort", mixinStandardHelpOptions = true,
        description = "Generate, print and check OHDSI ATLAS/Circe cohort definitions (JSON).",
        subcommands = {CohortRunCommand.class, CohortSqlCommand.class, CohortCheckCommand.class})
public final class CohortCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
