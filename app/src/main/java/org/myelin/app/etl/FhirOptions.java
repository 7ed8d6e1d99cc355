package org.myelin.app.etl;

import org.myelin.etl.fhir.FhirSource;
import org.myelin.mappings.FhirCodeSystems;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The options of the commands that load FHIR: the linkage identifier system and the site's mapping files. As a mixin
 * it also gives those commands' help its footer on the site's code systems.
 */
@Command(footer = "%nA --mappings folder may also hold " + FhirCodeSystems.FILE + " (columns system_uri, vocabulary_id, "
        + "mapping_vocabulary_id): its rows add FHIR code systems or replace bundled ones.")
public final class FhirOptions {

    @Option(names = "--link-system", paramLabel = "URI", defaultValue = FhirSource.DEFAULT_LINK_SYSTEM,
            description = "The Patient.identifier system that carries the registry's patient id (default ${DEFAULT-VALUE}).")
    String linkSystem;

    @Mixin
    SiteMappingsOption siteMappings;

    /** The options of a FHIR load that names none: the default link system, the bundled mappings and code systems. */
    public static FhirOptions defaults() {
        return CommandLine.populateCommand(new FhirOptions());
    }
}
