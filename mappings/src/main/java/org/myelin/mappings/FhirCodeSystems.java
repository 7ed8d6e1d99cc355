package org.myelin.mappings;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
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
        try (InputStream in = Objects.requireNonNull(FhirCodeSystems.class.getResourceAsStream("/mappings/" + FILE), FILE)) {
            return new FhirCodeSystems(read(new InputStreamReader(in, StandardCharsets.UTF_8), "mappings/" + FILE));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read bundled " + FILE, e);
        }
    }

    /** The bundled table with the rows of the site's {@code fhir-code-systems.csv} in its mapping folder, if it has one. */
    public static FhirCodeSystems withSite(Path mappingFolder) {
        Map<String, CodeSystem> systems = new HashMap<>(bundled().systems);
        Path file = mappingFolder.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                systems.putAll(read(reader, file.toString()));
            } catch (IOException e) {
                throw new UserError("cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return new FhirCodeSystems(systems);
    }

    private static Map<String, CodeSystem> read(Reader reader, String fileName) throws IOException {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(true)
                .setIgnoreEmptyLines(true).get().parse(reader)) {
            List<String> missing = COLUMNS.stream().filter(column -> !parser.getHeaderMap().containsKey(column)).toList();
            if (!missing.isEmpty()) {
                throw new UserError(fileName + ": missing column(s) " + String.join(", ", missing) + "; the header is "
                        + String.join(",", COLUMNS));
            }
            Map<String, CodeSystem> systems = new HashMap<>();
            for (CSVRecord record : parser) {
                String locator = fileName + ":" + parser.getCurrentLineNumber();
                if (!record.isConsistent()) {
                    throw new UserError(locator + ": expected " + COLUMNS.size() + " fields, found " + record.size());
                }
                CodeSystem system = new CodeSystem(record.get("system_uri"), blankToNull(record.get("vocabulary_id")),
                        blankToNull(record.get("mapping_vocabulary_id")));
                if (system.uri().isBlank() || system.vocabularyId() == null && system.mappingVocabularyId() == null) {
                    throw new UserError(locator + ": give a system_uri and its vocabulary_id or mapping_vocabulary_id");
                }
                systems.put(system.uri(), system);
            }
            return systems;
        } catch (IllegalStateException | UncheckedIOException e) {
            throw new UserError(fileName + ": not a valid CSV file: " + e.getMessage(), e);
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
