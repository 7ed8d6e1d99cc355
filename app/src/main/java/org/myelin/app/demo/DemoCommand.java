package org.myelin.app.demo;

import java.io.PrintWriter;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DatabaseStatusReport;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import picocli.CommandLine.Command;

/** {@code myelin demo}: the whole chain on generated data, on the embedded database unless --db says otherwise. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the whole chain on generated data: start the embedded database and initialise it, "
                + "then every stage Myelin has.")
public final class DemoCommand extends DatabaseCommand {

    public DemoCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        long started = System.nanoTime();
        out.println("[1/1] Database: " + database.description());
        DbInitCommand.initialise(database, out);
        out.println();
        new DatabaseStatusReport(database).print(out);
        out.printf("%nDemo finished in %.1f s.%n", (System.nanoTime() - started) / 1e9);
    }
}
