package org.myelin.app.db;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code myelin db url}: the JDBC URL in use, for psql or a BI tool. */
@Command(name = "url", mixinStandardHelpOptions = true,
        description = "Print the JDBC URL in use (password left out), for psql or a BI tool.")
public final class DbUrlCommand implements Runnable {

    @Mixin
    DatabaseOptions options;

    @Spec
    CommandSpec spec;

    private final DatabaseConnector connector;

    public DbUrlCommand(DatabaseConnector connector) {
        this.connector = connector;
    }

    @Override
    public void run() {
        DatabaseSettings settings = options.settings();
        spec.commandLine().getOut().println(connector.displayUrl(settings));
        if (settings.embedded()) {
            spec.commandLine().getErr().println("(the embedded server runs while a myelin command does; "
                    + "keep it up for other tools with 'myelin db serve')");
        }
    }
}
