package org.myelin.app.etl;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import org.myelin.etl.fhir.FhirSource;
import org.myelin.etl.registry.RegistryEtl;
import org.myelin.etl.registry.RegistryRunReport;
import org.myelin.mappings.MappingRow;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code myelin etl fhir PATH...}: the nightly build from FHIR R4 data alone. */
@Command(name = "fhir", mixinStandardHelpOptions = true,
        description = "Load FHIR R4 data (NDJSON files, Bundle JSON files, folders and zips of them) into a fresh CDM "
                + "and publish it; if anything fails, the published CDM stays as it was. Bad resources go to the "
                + "quarantine (myelin.quarantine).")
public final class EtlFhirCommand extends DatabaseCommand {

    @Parameters(paramLabel = "PATH", arity = "1..*", description = "FHIR files, folders or zips.")
    List<Path> fhir;

    @Mixin
    FhirOptions fhirOptions;

    public EtlFhirCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        DbInitCommand.initialise(database, err());
        out.print(build(database, null, fhir, fhirOptions, err()).render());
    }

    /**
     * One nightly build of a registry export (or none) and FHIR inputs into an initialised database, with the run's
     * progress on {@code err}.
     */
    public static RegistryRunReport build(OpenDatabase database, @Nullable Path registry, List<Path> fhir,
            FhirOptions options, PrintWriter err) {
        List<MappingRow> siteMappings = options.siteMappings.rows();
        return new RegistryEtl(database.dataSource(), database.schemas(), EtlRegistryCommand.progress(new ProgressLine(err)))
                .run(registry, siteMappings, List.of(new FhirSource(fhir, options.linkSystem, options.siteMappings.fhirCodeSystems())));
    }
}
