package org.myelin.etl.fhir.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.StrictErrorHandler;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.etl.registry.synthetic.GenerationProgress;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FhirDefectSeedingTests {

    private static final FhirContext FHIR = FhirContext.forR4Cached();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);

    @TempDir
    static Path temp;

    static Path clean;
    static Path defective;
    static FhirGenerationSummary summary;
    static List<CSVRecord> expected;

    @BeforeAll
    static void generate() throws IOException {
        clean = temp.resolve("clean");
        defective = temp.resolve("defective");
        new FhirExportGenerator(FhirGenerationOptions.of(300, 17)).generate(clean, GenerationProgress.SILENT);
        summary = new FhirExportGenerator(FhirGenerationOptions.of(300, 17).withDefects(true))
                .generate(defective, GenerationProgress.SILENT);
        expected = records(defective.resolve(ExpectedFhirQuarantine.QUARANTINE_FILE));
    }

    @Test
    void everyListedLineHasExactlyItsDefectAndEveryOtherLineNone() throws IOException {
        // given the ids of the patients written
        Set<String> patients = new HashSet<>();
        for (String line : Files.readAllLines(defective.resolve("Patient.ndjson"))) {
            patients.add("Patient/" + JSON.readTree(line).get("id").asString());
        }
        Map<String, CSVRecord> listed = new HashMap<>();
        expected.forEach(record -> listed.put(record.get("file") + ":" + record.get("line"), record));

        // when every line of every file is checked by the rules issue 5 names
        Set<FhirDefect> found = EnumSet.noneOf(FhirDefect.class);
        for (String type : FhirExportGenerator.RESOURCE_TYPES) {
            String file = NdjsonFiles.fileName(type);
            List<String> lines = Files.readAllLines(defective.resolve(file));
            for (int i = 0; i < lines.size(); i++) {
                CSVRecord record = listed.remove(file + ":" + (i + 1));
                FhirDefect defect = defectOf(lines.get(i), patients);

                // then a listed line has the defect it is listed with, and any other line is valid
                if (record == null) {
                    assertThat(defect).as("%s line %d", file, i + 1).isNull();
                } else {
                    assertThat(defect).as("%s line %d", file, i + 1).isNotNull();
                    assertThat(defect.code()).as("%s line %d", file, i + 1).isEqualTo(record.get("defect"));
                    if (defect != FhirDefect.NOT_JSON) {
                        JsonNode node = JSON.readTree(lines.get(i));
                        assertThat(node.get("resourceType").asString()).isEqualTo(record.get("resource_type"));
                        assertThat(node.get("id").asString()).isEqualTo(record.get("resource_id"));
                    }
                    found.add(defect);
                }
            }
        }
        assertThat(listed).as("listed lines that are not there").isEmpty();
        assertThat(found).containsExactlyInAnyOrder(FhirDefect.values());
        assertThat(summary.defects()).isEqualTo(expected.size());
    }

    @Test
    void badLinesAreExtraLinesAndTheValidOnesAreTheCleanOutput() throws IOException {
        // given the listed lines per file
        Map<String, Set<Integer>> bad = new HashMap<>();
        expected.forEach(record -> bad.computeIfAbsent(record.get("file"), f -> new HashSet<>())
                .add(Integer.parseInt(record.get("line"))));

        // when they are taken out of the defective output
        for (String type : FhirExportGenerator.RESOURCE_TYPES) {
            String file = NdjsonFiles.fileName(type);
            List<String> lines = Files.readAllLines(defective.resolve(file));
            List<String> valid = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!bad.getOrDefault(file, Set.of()).contains(i + 1)) {
                    valid.add(lines.get(i));
                }
            }

            // then what remains is line for line the output without defects
            assertThat(valid).as(file).isEqualTo(Files.readAllLines(clean.resolve(file)));
        }
        assertThat(clean.resolve(ExpectedFhirQuarantine.QUARANTINE_FILE)).doesNotExist();
    }

    @Test
    void countsPerFileAreLinesWrittenEqualsToQuarantinePlusValid() throws IOException {
        // when expected-counts.csv is compared with the files
        List<CSVRecord> counts = records(defective.resolve(ExpectedFhirQuarantine.COUNTS_FILE));

        // then it names every file, with its real line count and its listed bad lines
        assertThat(counts).hasSize(FhirExportGenerator.RESOURCE_TYPES.size());
        for (CSVRecord count : counts) {
            String file = count.get("file");
            long lines = Files.readAllLines(defective.resolve(file)).size();
            long listed = expected.stream().filter(record -> record.get("file").equals(file)).count();
            assertThat(Long.parseLong(count.get("lines"))).as(file).isEqualTo(lines);
            assertThat(Long.parseLong(count.get("lines_to_quarantine"))).as(file).isEqualTo(listed);
            assertThat(Long.parseLong(count.get("valid_resources"))).as(file)
                    .isEqualTo(summary.resources().get(file.replace(".ndjson", "")))
                    .isEqualTo(lines - listed);
        }
    }

    @Test
    void everyResourceIsDatedInItsPatientsLifetime() throws IOException {
        // given each patient's birth and death
        Map<String, Patient> patients = new HashMap<>();
        for (String line : Files.readAllLines(clean.resolve("Patient.ndjson"))) {
            Patient patient = (Patient) FHIR.newJsonParser().parseResource(line);
            patients.put("Patient/" + patient.getIdElement().getIdPart(), patient);
        }

        // when the dates of every other resource are compared with them
        for (String type : FhirExportGenerator.RESOURCE_TYPES) {
            if (type.equals("Patient") || type.equals("Medication")) {
                continue;
            }
            for (String line : Files.readAllLines(clean.resolve(NdjsonFiles.fileName(type)))) {
                Resource resource = (Resource) FHIR.newJsonParser().parseResource(line);
                Patient patient = FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)
                        .stream().map(reference -> patients.get(reference.getReference()))
                        .filter(Objects::nonNull).findFirst().orElseThrow();
                LocalDate born = LocalDate.parse(patient.getBirthDateElement().getValueAsString());
                LocalDate last = patient.hasDeceasedDateTimeType()
                        ? day(patient.getDeceasedDateTimeType()) : FhirGenerationOptions.of(1, 1).exportDate();

                // then none is before the birth or after the death (or the export)
                for (BaseDateTimeType date : FHIR.newTerser()
                        .getAllPopulatedChildElementsOfType(resource, BaseDateTimeType.class)) {
                    assertThat(day(date)).as("%s of %s", date.getValueAsString(), resource.getId())
                            .isBetween(born, last);
                }
            }
        }
    }

    private static LocalDate day(BaseDateTimeType date) {
        String text = date.getValueAsString();
        return LocalDate.parse(text.length() >= 10 ? text.substring(0, 10) : (text + "-01-01").substring(0, 10));
    }

    /** The first rule of issue 5's bad-input list a line breaks, or null for a valid resource. */
    private static FhirDefect defectOf(String line, Set<String> patients) {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JacksonException e) {
            return FhirDefect.NOT_JSON;
        }
        if (!FHIR.getResourceTypes().contains(node.get("resourceType").asString())) {
            return FhirDefect.UNKNOWN_RESOURCE_TYPE;
        }
        Resource resource;
        try {
            resource = (Resource) FHIR.newJsonParser().setParserErrorHandler(new StrictErrorHandler())
                    .parseResource(line);
        } catch (DataFormatException e) {
            return FhirDefect.INVALID_R4;
        }
        for (Reference reference : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Reference.class)) {
            if (reference.getReference().startsWith("Patient/") && !patients.contains(reference.getReference())) {
                return FhirDefect.MISSING_PATIENT;
            }
        }
        for (Coding coding : FHIR.newTerser().getAllPopulatedChildElementsOfType(resource, Coding.class)) {
            if (!coding.hasSystem()) {
                return FhirDefect.CODING_WITHOUT_SYSTEM;
            }
        }
        for (BaseDateTimeType date : FHIR.newTerser()
                .getAllPopulatedChildElementsOfType(resource, BaseDateTimeType.class)) {
            LocalDate day = day(date);
            if (day.isBefore(EARLIEST) || day.isAfter(FhirGenerationOptions.of(1, 1).exportDate())) {
                return FhirDefect.IMPOSSIBLE_DATE;
            }
        }
        return null;
    }

    private static List<CSVRecord> records(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
