package org.myelin.app.db;

import java.io.IOException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin db status}: schema versions, rows per table, vocabulary version, last runs. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show schema versions, rows per table, the vocabulary version and the last runs.")
public final class DbStatusCommand implements Runnable {

    @Mixin
    DatabaseOptions options;

    @Spec
    CommandSpec spec;

    private final DatabaseConnector connector;

    public DbStatusCommand(DatabaseConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        try (OpenDatabase database = connector.open(options.settings())) {
            new DatabaseStatusReport(database).print(spec.commandLine().getOut());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
