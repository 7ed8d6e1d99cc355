package org.myelin.mappings;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;

/**
 * FHIR code-system URIs and where their codes are looked up: an OMOP vocabulary (SNOMED, LOINC, RxNorm, the ICD-10
 * variants, ATC, CVX, UCUM) whose concepts map to standard ones, and/or a source vocabulary of the mapping files for
 * systems whose codes are not OMOP codes (HL7 gender and encounter class), consulted when the vocabulary has no
 * standard mapping. Read from the bundled {@code mappings/fhir-code-systems.csv} and a site's file of the same name.
 */
public final class FhirCodeSystems {

    /** Where the codes of one system are looked up; either part may be absent, never both. */
    public record CodeSystem(String uri, @Nullable String vocabularyId, @Nullable String mappingVocabularyId) {
    }

    private static final List<String> COLUMNS = List.of("system_uri", "vocabulary_id", "mapping_vocabulary_id");

    /** The file of system URIs, bundled and in a site's mapping folder, where its rows add to or replace the bundled. */
    public static final String FILE = "fhir-code-systems.csv";

    private final Map<String, CodeSystem> systems;

    private FhirCodeSystems(Map<String, CodeSystem> systems) {
        this.systems = Map.copyOf(systems);
    }

    /** The bundled table. */
    public static FhirCodeSystems bundled() {
        return new FhirCodeSystems(byUri(MappingFileReader.bundled(FILE, COLUMNS, FhirCodeSystems::system)));
    }

    /** The bundled table with the rows of the site's {@code fhir-code-systems.csv} in its mapping folder, if it has one. */
    public static FhirCodeSystems withSite(Path mappingFolder) {
        Map<String, CodeSystem> systems = new HashMap<>(bundled().systems);
        Path file = mappingFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            systems.putAll(byUri(MappingFileReader.file(file, COLUMNS, FhirCodeSystems::system)));
        }
        return new FhirCodeSystems(systems);
    }

    private static CodeSystem system(CSVRecord record, String locator) {
        CodeSystem system = new CodeSystem(record.get("system_uri"), MappingFileReader.emptyToNull(record.get("vocabulary_id")),
                MappingFileReader.emptyToNull(record.get("mapping_vocabulary_id")));
        if (system.uri().isBlank() || system.vocabularyId() == null && system.mappingVocabularyId() == null) {
            throw new UserError(locator + ": give a system_uri and its vocabulary_id or mapping_vocabulary_id");
        }
        return system;
    }

    /** The systems by URI; a later row of a URI replaces an earlier one. */
    private static Map<String, CodeSystem> byUri(List<CodeSystem> rows) {
        return rows.stream().collect(Collectors.toMap(CodeSystem::uri, system -> system, (earlier, later) -> later));
    }

    /** The lookup of a system URI, if the table knows it. */
    public Optional<CodeSystem> find(String systemUri) {
        return Optional.ofNullable(systems.get(systemUri));
    }

    /** The OMOP vocabularies named in the table, for loading the concept resolver's slice. */
    public Set<String> vocabularyIds() {
        Set<String> ids = new TreeSet<>();
        systems.values().forEach(system -> {
            if (system.vocabularyId() != null) {
                ids.add(system.vocabularyId());
            }
        });
        return ids;
    }
}
