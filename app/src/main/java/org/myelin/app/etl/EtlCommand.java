package org.myelin.app.etl;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin etl}: source data into the OMOP CDM. */
@Command(name = "etl", mixinStandardHelpOptions = true, description = "Load source data into the OMOP CDM.",
        subcommands = {EtlRegistryCommand.class, EtlFhirCommand.class, EtlRunCommand.class,
            EtlStatusCommand.class})
public final class EtlCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
