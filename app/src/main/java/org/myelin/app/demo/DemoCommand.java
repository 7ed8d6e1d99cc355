package org.myelin.app.demo;

import java.io.IOException;
import java.io.PrintWriter;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DatabaseOptions;
import org.myelin.app.db.DatabaseStatusReport;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin demo}: the whole chain on generated data, on the embedded database unless --db says otherwise. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole chain on generated data: start the embedded database and initialise it, "
                + "then every stage Myelin has.")
public final class DemoCommand implements Runnable {

    @Mixin
    DatabaseOptions options;

    @Spec
    CommandSpec spec;

    private final DatabaseConnector connector;

    public DemoCommand(DatabaseConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        PrintWriter out = spec.commandLine().getOut();
        long started = System.nanoTime();
        try (OpenDatabase database = connector.open(options.settings())) {
            out.println("[1/1] Database: " + database.description());
            DbInitCommand.initialise(database, out);
            out.println();
            new DatabaseStatusReport(database).print(out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        out.printf("%nDemo finished in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }
}
