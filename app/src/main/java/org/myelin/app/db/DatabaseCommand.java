package org.myelin.app.db;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the database: opens it from the shared options, runs, and closes it again. */
public abstract class DatabaseCommand implements Runnable {

    @Mixin
    DatabaseOptions options;

    @Spec
    CommandSpec spec;

    private final DatabaseConnector connector;

    protected DatabaseCommand(DatabaseConnector connector) {
        this.connector = connector;
    }

    @Override
    public final void run() {
        try (OpenDatabase database = connector.open(options.settings())) {
            run(database, spec.commandLine().getOut());
        }
    }

    protected abstract void run(OpenDatabase database, PrintWriter out);

    /** Myelin's home folder, where the embedded database and generated demo data live. */
    protected Path home() {
        return options.home;
    }

    /** Where messages that are not results go (progress, hints), so that the output stays clean for pipes. */
    protected PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
