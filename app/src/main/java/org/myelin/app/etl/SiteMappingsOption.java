package org.myelin.app.etl;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.myelin.mappings.FhirCodeSystems;
import org.myelin.mappings.MappingFileReader;
import org.myelin.mappings.MappingRow;
import picocli.CommandLine.Option;

/** The {@code --mappings} option of the commands that map source codes: the site's own mapping files. */
final class SiteMappingsOption {

    @Option(names = "--mappings", paramLabel = "DIR", description = "A folder of the site's own mapping CSV files; "
            + "their rows replace the bundled ones for the same source code.")
    @Nullable Path mappings;

    /** The rows of the site's mapping files; none without the option. */
    List<MappingRow> rows() {
        return mappings == null ? List.of() : MappingFileReader.folder(mappings);
    }

    /** The FHIR code systems: the bundled ones with the site's. */
    FhirCodeSystems fhirCodeSystems() {
        return mappings == null ? FhirCodeSystems.bundled() : FhirCodeSystems.withSite(mappings);
    }
}
