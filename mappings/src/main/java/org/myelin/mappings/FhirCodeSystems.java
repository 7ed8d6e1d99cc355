package org.myelin.mappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * FHIR code-system URIs and where their codes are looked up: an OMOP vocabulary (SNOMED, LOINC, RxNorm, the ICD-10
 * variants, ATC, CVX, UCUM) whose concepts map to standard ones, and/or a source vocabulary of the mapping files for
 * systems whose codes are not OMOP codes (HL7 gender and encounter class), consulted when the vocabulary has no
 * standard mapping. Read from the bundled {@code mappings/fhir-code-systems.csv}.
 */
public final class FhirCodeSystems {

    /** Where the codes of one system are looked up; either part may be absent, never both. */
    public record CodeSystem(String uri, @Nullable String vocabularyId, @Nullable String mappingVocabularyId) {
    }

    static final String FILE = "fhir-code-systems.csv";

    private final Map<String, CodeSystem> systems;

    private FhirCodeSystems(Map<String, CodeSystem> systems) {
        this.systems = Map.copyOf(systems);
    }

    /** The bundled table. */
    public static FhirCodeSystems bundled() {
        try (InputStream in = Objects.requireNonNull(FhirCodeSystems.class.getResourceAsStream("/mappings/" + FILE), FILE);
                CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get()
                        .parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            Map<String, CodeSystem> systems = new HashMap<>();
            for (CSVRecord record : parser) {
                CodeSystem system = new CodeSystem(record.get("system_uri"), blankToNull(record.get("vocabulary_id")),
                        blankToNull(record.get("mapping_vocabulary_id")));
                if (system.vocabularyId() == null && system.mappingVocabularyId() == null) {
                    throw new IllegalStateException(FILE + ":" + parser.getCurrentLineNumber() + ": no vocabulary for "
                            + system.uri());
                }
                systems.put(system.uri(), system);
            }
            return new FhirCodeSystems(systems);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + FILE, e);
        }
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

    private static @Nullable String blankToNull(String value) {
        return value.isBlank() ? null : value;
    }
}
