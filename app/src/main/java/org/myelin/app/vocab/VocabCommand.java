package org.myelin.app.vocab;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin vocab}: the OHDSI vocabulary of this database. */
@Command(name = "vocab", mixinStandardHelpOptions = true, description = "Load and inspect the OHDSI vocabulary.",
        subcommands = {VocabLoadCommand.class, VocabSynthCommand.class, VocabCoverageCommand.class})
public final class VocabCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
