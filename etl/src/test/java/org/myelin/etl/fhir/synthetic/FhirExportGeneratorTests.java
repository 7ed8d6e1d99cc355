package org.myelin.etl.fhir.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.instance.model.api.IBaseResource;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Bundle.BundleEntryComponent;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.registry.synthetic.GenerationProgress;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;

class FhirExportGeneratorTests {

    private static final FhirContext FHIR = FhirContext.forR4Cached();

    @TempDir
    Path temp;

    @Test
    void everyNdjsonLineIsValidR4AndEveryReferenceResolves() throws IOException {
        // given a generated Bulk Data set
        Path out = temp.resolve("ndjson");
        FhirGenerationSummary summary = new FhirExportGenerator(FhirGenerationOptions.of(40, 3))
                .generate(out, GenerationProgress.SILENT);

        // when every line of every file is parsed back strictly
        Map<String, Resource> byReference = new HashMap<>();
        Map<String, Long> perType = new HashMap<>();
        for (String type : FhirExportGenerator.RESOURCE_TYPES) {
            for (String line : Files.readAllLines(out.resolve(type + ".ndjson"))) {
                Resource resource = (Resource) strictParser().parseResource(line);
                assertThat(resource.fhirType()).isEqualTo(type);
                assertThat(byReference.put(type + "/" + resource.getIdElement().getIdPart(), resource))
                        .as("duplicate id").isNull();
                perType.merge(type, 1L, Long::sum);
            }
        }

        // then the counts are the summary's, every type occurs, and every reference points at a written resource
        assertThat(perType).isEqualTo(summary.resources());
        assertThat(perType.keySet()).containsExactlyInAnyOrderElementsOf(FhirExportGenerator.RESOURCE_TYPES);
        assertThat(perType.get("Patient")).isEqualTo(40L);
        for (Resource resource : byReference.values()) {
            for (Reference reference : references(resource)) {
                assertThat(byReference).as("%s in %s", reference.getReference(), resource.getId())
                        .containsKey(reference.getReference());
            }
        }
    }

    @Test
    void sameSeedWritesTheSameBytes() throws IOException {
        // given two generations with the same options
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        new FhirExportGenerator(FhirGenerationOptions.of(25, 9)).generate(first, GenerationProgress.SILENT);
        new FhirExportGenerator(FhirGenerationOptions.of(25, 9)).generate(second, GenerationProgress.SILENT);

        // then every file is byte for byte the same
        for (String type : FhirExportGenerator.RESOURCE_TYPES) {
            assertThat(Files.readAllBytes(second.resolve(type + ".ndjson"))).as(type)
                    .isEqualTo(Files.readAllBytes(first.resolve(type + ".ndjson")));
        }
    }

    @Test
    void registryIdsArePatientIdsOfTheRegistryExportOfTheSameSeed() throws IOException {
        // given the registry export and the hospital's FHIR for one seed and population size
        Path registry = temp.resolve("registry");
        Path fhir = temp.resolve("fhir");
        new RegistryExportGenerator(RegistryGenerationOptions.of(120, 42, false))
                .generate(registry, GenerationProgress.SILENT);
        FhirGenerationSummary summary = new FhirExportGenerator(FhirGenerationOptions.of(120, 42))
                .generate(fhir, GenerationProgress.SILENT);

        // when the registry ids the hospital's patients carry are looked up in patients.csv
        Map<String, CSVRecord> registryPatients = new HashMap<>();
        try (Reader reader = Files.newBufferedReader(registry.resolve(RegistryFile.PATIENTS.fileName()))) {
            CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)
                    .forEach(row -> registryPatients.put(row.get("patient_id"), row));
        }
        List<Patient> patients = Files.readAllLines(fhir.resolve("Patient.ndjson")).stream()
                .map(line -> (Patient) strictParser().parseResource(line))
                .toList();
        List<Patient> linked = patients.stream().filter(patient -> registryId(patient) != null).toList();

        // then each is a registry patient of the same sex and birth year, and most patients are linked
        assertThat(linked).hasSize(summary.registryPatients());
        assertThat(linked.size()).isBetween(85, 119);
        Set<String> seen = new HashSet<>();
        for (Patient patient : linked) {
            String id = registryId(patient);
            assertThat(seen.add(id)).as("registry id used twice: %s", id).isTrue();
            assertThat(registryPatients).containsKey(id);
            CSVRecord row = registryPatients.get(id);
            assertThat(row.get("sex")).isEqualTo(patient.getGender().toCode().equals("female") ? "F" : "M");
            assertThat(row.get("birth_date")).startsWith(patient.getBirthDateElement().getValueAsString()
                    .substring(0, 4));
        }
    }

    @Test
    void bundlesAreTransactionsWhoseReferencesAreUuidsOfTheirOwnEntries() throws IOException {
        // given 60 patients as transaction bundles of 25 patients
        Path out = temp.resolve("bundles");
        FhirGenerationSummary summary = new FhirExportGenerator(FhirGenerationOptions.of(60, 5).withBundles(true))
                .generate(out, GenerationProgress.SILENT);

        // when the bundles are parsed back
        List<Path> files;
        try (Stream<Path> listing = Files.list(out)) {
            files = listing.sorted().toList();
        }
        long entries = 0;
        int patients = 0;
        for (Path file : files) {
            Bundle bundle = (Bundle) strictParser().parseResource(Files.readString(file, StandardCharsets.UTF_8));
            assertThat(bundle.getType()).isEqualTo(Bundle.BundleType.TRANSACTION);
            Set<String> fullUrls = new HashSet<>();
            for (BundleEntryComponent entry : bundle.getEntry()) {
                assertThat(entry.getFullUrl()).startsWith("urn:uuid:");
                fullUrls.add(entry.getFullUrl());
                patients += entry.getResource() instanceof Patient ? 1 : 0;
            }
            // then every reference is the full URL of an entry of the same bundle
            for (BundleEntryComponent entry : bundle.getEntry()) {
                for (Reference reference : references(entry.getResource())) {
                    assertThat(fullUrls).contains(reference.getReference());
                }
            }
            entries += bundle.getEntry().size();
        }
        assertThat(files).hasSize(3);
        assertThat(patients).isEqualTo(60);
        assertThat(entries).isEqualTo(summary.totalResources());
    }

    private static IParser strictParser() {
        return FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler());
    }

    private static List<Reference> references(IBaseResource resource) {
        return FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class);
    }

    private static String registryId(Patient patient) {
        return patient.getIdentifier().stream()
                .filter(identifier -> identifier.getSystem().equals(FhirCodes.REGISTRY_PATIENT_ID))
                .map(Identifier::getValue)
                .findFirst().orElse(null);
    }
}
