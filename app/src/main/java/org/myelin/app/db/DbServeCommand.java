package org.myelin.app.db;

import java.util.concurrent.CountDownLatch;
import org.myelin.sql.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin db serve}: keeps the embedded PostgreSQL running until Ctrl-C, so other tools can connect. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Run the embedded PostgreSQL until Ctrl-C, so that psql or a BI tool can connect to it.")
public final class DbServeCommand implements Runnable {

    @Mixin
    DatabaseOptions options;

    @Spec
    CommandSpec spec;

    private final DatabaseConnector connector;

    public DbServeCommand(DatabaseConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        DatabaseSettings settings = options.settings();
        if (!settings.embedded()) {
            throw new UserError("'db serve' runs the embedded PostgreSQL; leave out --db and MYELIN_DB_URL");
        }
        OpenDatabase database = connector.open(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            database.close();
            stopped.countDown();
        }));
        spec.commandLine().getOut().println("Embedded PostgreSQL at " + database.displayUrl() + " ("
                + database.description() + "). Press Ctrl-C to stop.");
        spec.commandLine().getOut().flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
