package org.myelin.app.etl;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.fhir.FhirSource;
import org.myelin.mappings.FhirCodeSystems;
import org.myelin.mappings.MappingFileReader;
import org.myelin.mappings.MappingRow;
import picocli.CommandLine.Option;

/** The options of the commands that load FHIR: the linkage identifier system and the site's mapping files. */
final class FhirOptions {

    @Option(names = "--link-system", paramLabel = "URI", defaultValue = FhirSource.DEFAULT_LINK_SYSTEM,
            description = "The Patient.identifier system that carries the registry's patient id (default ${DEFAULT-VALUE}).")
    String linkSystem;

    @Option(names = "--mappings", paramLabel = "DIR", description = "A folder of the site's own mapping CSV files; "
            + "their rows replace the bundled ones for the same source code. Its " + FhirCodeSystems.FILE + " (columns "
            + "system_uri, vocabulary_id, mapping_vocabulary_id) adds FHIR code systems or replaces bundled ones.")
    @Nullable Path mappings;

    List<MappingRow> siteMappings() {
        return mappings == null ? List.of() : MappingFileReader.folder(mappings);
    }

    FhirCodeSystems codeSystems() {
        return mappings == null ? FhirCodeSystems.bundled() : FhirCodeSystems.withSite(mappings);
    }
}
