package org.myelin.app.etl;

import org.myelin.etl.fhir.FhirSource;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options of the commands that load FHIR: the linkage identifier system and the site's mapping files. */
final class FhirOptions {

    @Option(names = "--link-system", paramLabel = "URI", defaultValue = FhirSource.DEFAULT_LINK_SYSTEM,
            description = "The Patient.identifier system that carries the registry's patient id (default ${DEFAULT-VALUE}).")
    String linkSystem;

    @Mixin
    SiteMappingsOption siteMappings;
}
