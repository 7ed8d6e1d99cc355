package org.myelin.app.db;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin db}: create, inspect and reach Myelin's database. */
@Command(name = "db", mixinStandardHelpOptions = true, description = "Create, inspect and reach the database.",
        subcommands = {DbInitCommand.class, DbStatusCommand.class, DbUrlCommand.class, DbServeCommand.class})
public final class DbCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }
}
