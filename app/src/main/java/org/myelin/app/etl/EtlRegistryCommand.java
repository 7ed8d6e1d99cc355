package org.myelin.app.etl;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import org.myelin.etl.registry.RegistryEtl;
import org.myelin.etl.registry.RegistryRunReport;
import org.myelin.etl.registry.RunProgress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code myelin etl registry PATH}: the nightly registry job. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Load a registry export (folder or zip) into a fresh CDM and publish it; if anything fails, the "
                + "published CDM stays as it was. Bad rows go to the quarantine (myelin.quarantine).")
public final class EtlRegistryCommand extends DatabaseCommand {

    @Parameters(paramLabel = "PATH", description = "The registry export: a folder or a zip.")
    Path export;

    @Mixin
    SiteMappingsOption siteMappings;

    public EtlRegistryCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        DbInitCommand.initialise(database, out);
        RegistryRunReport report = new RegistryEtl(database.dataSource(), database.schemas(), progress(new ProgressLine(err())))
                .run(export, siteMappings.rows());
        out.print(report.render());
    }

    static RunProgress progress(ProgressLine line) {
        return new RunProgress() {
            @Override
            public void stage(String description) {
                line.done(description + " ...");
            }

            @Override
            public void rows(String file, long read) {
                line.update(String.format("%-22s %,12d rows read", file, read));
            }
        };
    }
}
