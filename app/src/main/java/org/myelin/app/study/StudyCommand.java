package org.myelin.app.study;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin study}: network studies on the local CDM, aggregates only. */
@Command(name = "study", mixinStandardHelpOptions = true,
        description = "Run a network study on the local CDM and write a results package of aggregates only.",
        subcommands = StudyRunCommand.class)
public final class StudyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
