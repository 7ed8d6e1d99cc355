package org.myelin.app.db;

import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code myelin db status}: schema versions, rows per table, vocabulary version, last runs. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Show schema versions, rows per table, the vocabulary version and the last runs.")
public final class DbStatusCommand extends DatabaseCommand {

    public DbStatusCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        new DatabaseStatusReport(database).print(out);
    }
}
