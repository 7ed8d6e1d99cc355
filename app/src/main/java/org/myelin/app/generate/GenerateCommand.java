package org.myelin.app.generate;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin generate}: synthetic source data. */
@Command(name = "generate", mixinStandardHelpOptions = true, description = "Generate synthetic source data.",
        subcommands = {GenerateRegistryCommand.class, GenerateFhirCommand.class})
public final class GenerateCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
