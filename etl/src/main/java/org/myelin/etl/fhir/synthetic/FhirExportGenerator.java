package org.myelin.etl.fhir.synthetic;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.IParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.hl7.fhir.r4.model.Medication;
import org.myelin.etl.fhir.synthetic.FhirDefectSeeder.BadLine;
import org.myelin.etl.registry.synthetic.GenerationProgress;
import org.myelin.etl.synthetic.Drug;
import org.myelin.sql.UserError;

/**
 * Generates synthetic FHIR R4 from a CLAIMS hospital ({@code myelin generate fhir}): Bulk Data NDJSON, one file
 * per resource type, or transaction Bundles of {@value #PATIENTS_PER_BUNDLE} patients with {@code urn:uuid:}
 * references. Resources are built with HAPI's R4 model and written by its JSON parser. With defects, NDJSON
 * holds bad lines of every kind too, listed in {@value ExpectedFhirQuarantine#QUARANTINE_FILE} beside it.
 *
 * <p>Patients are rendered a batch at a time on all cores and written in order, so memory stays flat whatever
 * the number of patients and the same options always give the same bytes.
 */
public final class FhirExportGenerator {

    /** The resource types written, in Bulk Data file order. */
    public static final List<String> RESOURCE_TYPES = List.of("Patient", "Encounter", "Condition", "Observation",
            "Procedure", "ImagingStudy", "MedicationRequest", "MedicationStatement", "MedicationAdministration",
            "Immunization", "AllergyIntolerance", "DiagnosticReport", "QuestionnaireResponse", "Medication");

    public static final int PATIENTS_PER_BUNDLE = 25;
    private static final int BATCH = 200;
    private static final int PROGRESS_EVERY = 1_000;

    private final FhirGenerationOptions options;
    private final FhirContext context = FhirContext.forR4Cached();
    private final HospitalPopulation population;
    private final FhirPatientRenderer renderer;
    private final FhirDefectSeeder defects;

    public FhirExportGenerator(FhirGenerationOptions options) {
        this.options = options;
        this.population = new HospitalPopulation(options);
        this.renderer = new FhirPatientRenderer(options.seed(), options.bundles());
        this.defects = new FhirDefectSeeder(options.seed(), options.patients());
    }

    /** A resource encoded as one line of JSON. */
    private record EncodedResource(String type, String id, String json) {
    }

    /** A patient's resources and the bad lines seeded after them (none without defects). */
    private record EncodedPatient(List<EncodedResource> resources, List<BadLine> badLines) {
    }

    /**
     * Writes the output into a directory (created if needed; output files of an earlier generation are replaced).
     *
     * @throws UserError if the directory cannot be created or written
     */
    public FhirGenerationSummary generate(Path directory, GenerationProgress progress) {
        long started = System.nanoTime();
        prepare(directory);
        Map<String, Long> counts = new TreeMap<>();
        int[] registryPatients = {0};
        try {
            long defects = options.bundles() ? writeBundles(directory, counts, registryPatients, progress)
                    : writeNdjson(directory, counts, registryPatients, progress);
            return new FhirGenerationSummary(directory, options.patients(), registryPatients[0], counts, defects,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write the FHIR output to " + directory + ": " + e.getMessage(), e);
        }
    }

    private long writeNdjson(Path directory, Map<String, Long> counts, int[] registryPatients,
            GenerationProgress progress) throws IOException {
        try (NdjsonFiles files = new NdjsonFiles(directory, RESOURCE_TYPES)) {
            IParser parser = context.newJsonParser();
            for (Drug drug : Drug.values()) {
                files.write("Medication", parser.encodeResourceToString(MedicationCatalog.medication(drug, false)));
                counts.merge("Medication", 1L, Long::sum);
            }
            ExpectedFhirQuarantine expected = new ExpectedFhirQuarantine();
            int total = options.patients();
            for (int from = 0; from < total; from += BATCH) {
                List<EncodedPatient> batch = IntStream.range(from, Math.min(total, from + BATCH))
                        .parallel()
                        .mapToObj(slot -> encodeWithDefects(population.patient(slot)))
                        .toList();
                for (EncodedPatient patient : batch) {
                    for (EncodedResource resource : patient.resources()) {
                        files.write(resource.type(), resource.json());
                        counts.merge(resource.type(), 1L, Long::sum);
                    }
                    for (BadLine bad : patient.badLines()) {
                        expected.seeded(files.write(bad.fileType(), bad.json()), bad);
                    }
                }
                registryPatients[0] += countRegistryPatients(from, Math.min(total, from + BATCH));
                report(Math.min(total, from + BATCH), total, progress);
            }
            if (options.defects()) {
                expected.write(directory, files.lineCounts());
            }
            return expected.total();
        }
    }

    private EncodedPatient encodeWithDefects(HospitalPatient patient) {
        List<BadLine> badLines = options.defects() ? defects.lines(patient, context.newJsonParser()) : List.of();
        return new EncodedPatient(encode(patient), badLines);
    }

    private List<EncodedResource> encode(HospitalPatient patient) {
        IParser parser = context.newJsonParser();
        return renderer.render(patient).resources().stream()
                .map(resource -> new EncodedResource(resource.fhirType(),
                        resource.getIdElement().getIdPart(), parser.encodeResourceToString(resource)))
                .toList();
    }

    private long writeBundles(Path directory, Map<String, Long> counts, int[] registryPatients,
            GenerationProgress progress) throws IOException {
        int total = options.patients();
        for (int from = 0; from < total; from += PATIENTS_PER_BUNDLE) {
            int to = Math.min(total, from + PATIENTS_PER_BUNDLE);
            List<List<EncodedResource>> batch = IntStream.range(from, to).parallel()
                    .mapToObj(slot -> encode(population.patient(slot)))
                    .toList();
            Path file = directory.resolve(String.format(Locale.ROOT, "bundle-%05d.json",
                    from / PATIENTS_PER_BUNDLE + 1));
            try (TransactionBundleWriter bundle = new TransactionBundleWriter(file)) {
                IParser parser = context.newJsonParser();
                for (Drug drug : Drug.values()) {
                    Medication medication = MedicationCatalog.medication(drug, true);
                    bundle.put("Medication", medication.getIdElement().getIdPart(),
                            parser.encodeResourceToString(medication));
                    counts.merge("Medication", 1L, Long::sum);
                }
                for (List<EncodedResource> patient : batch) {
                    for (EncodedResource resource : patient) {
                        bundle.post(resource.type(), resource.id(), resource.json());
                        counts.merge(resource.type(), 1L, Long::sum);
                    }
                }
            }
            registryPatients[0] += countRegistryPatients(from, to);
            report(to, total, progress);
        }
        return 0;
    }

    private int countRegistryPatients(int from, int to) {
        return (int) IntStream.range(from, to).filter(slot -> population.inRegistry(slot)).count();
    }

    private static void report(int done, int total, GenerationProgress progress) {
        if (done == total || done % PROGRESS_EVERY == 0) {
            progress.patientsWritten(done, total);
        }
    }

    /** Creates the directory and removes the output of an earlier generation, NDJSON or bundles. */
    private static void prepare(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError(directory + " is a file; --out needs a directory for the FHIR output");
        }
        try {
            Files.createDirectories(directory);
            for (String type : RESOURCE_TYPES) {
                Files.deleteIfExists(directory.resolve(NdjsonFiles.fileName(type)));
            }
            Files.deleteIfExists(directory.resolve(ExpectedFhirQuarantine.QUARANTINE_FILE));
            Files.deleteIfExists(directory.resolve(ExpectedFhirQuarantine.COUNTS_FILE));
            try (DirectoryStream<Path> bundles = Files.newDirectoryStream(directory, "bundle-*.json")) {
                for (Path bundle : bundles) {
                    Files.delete(bundle);
                }
            }
        } catch (IOException e) {
            throw new UserError("cannot prepare the output directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
