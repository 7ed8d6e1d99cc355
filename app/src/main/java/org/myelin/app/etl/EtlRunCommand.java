package org.myelin.app.etl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code myelin etl run --registry PATH --fhir PATH...}: both sources into one nightly CDM, one publish. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "The nightly build from a registry export and FHIR R4 data together: both load into one fresh CDM, "
                + "FHIR patients carrying the registry's patient id become the registry's persons, and the CDM is "
                + "published once; if anything fails, the published CDM stays as it was.")
public final class EtlRunCommand extends DatabaseCommand {

    @Option(names = "--registry", paramLabel = "PATH", required = true, description = "The registry export: a folder or a zip.")
    Path registry;

    @Option(names = "--fhir", paramLabel = "PATH", required = true, arity = "1..*",
            description = "FHIR files, folders or zips (NDJSON or Bundles).")
    List<Path> fhir;

    @Mixin
    FhirOptions fhirOptions;

    public EtlRunCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        DbInitCommand.initialise(database, err());
        out.print(EtlFhirCommand.build(database, registry, fhir, fhirOptions, err()).render());
    }
}
