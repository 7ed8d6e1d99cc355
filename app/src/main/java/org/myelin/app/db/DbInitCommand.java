package org.myelin.app.db;

import java.io.PrintWriter;
import java.util.stream.Collectors;
import org.myelin.sql.migrate.MigrationResult;
import org.myelin.sql.migrate.SchemaMigrator;
import picocli.CommandLine.Command;

/** {@code myelin db init}: creates or upgrades every schema; a second run changes nothing. */
@Command(name = "init", mixinStandardHelpOptions = true,
        description = "Create or upgrade every schema (cdm, vocab, results, myelin). Running it twice changes nothing.")
public final class DbInitCommand extends DatabaseCommand {

    public DbInitCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        initialise(database, out);
    }

    /** Migrates every schema and says in one line what changed. */
    public static MigrationResult initialise(OpenDatabase database, PrintWriter out) {
        MigrationResult result = new SchemaMigrator(database.dataSource()).migrate(database.schemas());
        if (result.applied() == 0) {
            out.println("Database is up to date; nothing changed (" + database.description() + ").");
        } else {
            String perSchema = result.appliedBySchema().entrySet().stream()
                    .filter(entry -> entry.getValue() > 0)
                    .map(entry -> entry.getKey() + " " + entry.getValue())
                    .collect(Collectors.joining(", "));
            out.println("Database initialised: " + result.applied() + " changesets applied (" + perSchema + "), "
                    + database.description() + ".");
        }
        return result;
    }
}
