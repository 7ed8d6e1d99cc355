package org.myelin.etl.registry.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.synthetic.Centre;
import org.myelin.etl.synthetic.Centres;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.PatientSeeds;
import org.myelin.etl.synthetic.PatientSimulator;
import org.myelin.sql.UserError;

/**
 * Generates a synthetic MS registry export ({@code myelin generate registry}): every file of the format,
 * manifest.json, and with defects the expected quarantine counts beside them.
 *
 * <p>Patients are simulated a batch at a time on all cores and written in order, so memory stays flat whatever
 * the number of patients and the same options always give the same bytes.
 */
public final class RegistryExportGenerator {

    private static final int BATCH = 512;
    private static final int PROGRESS_EVERY = 2_000;

    private final RegistryGenerationOptions options;
    private final PatientSimulator simulator;
    private final RegistryRowRenderer renderer = new RegistryRowRenderer();

    public RegistryExportGenerator(RegistryGenerationOptions options) {
        this.options = options;
        this.simulator = new PatientSimulator(options.seed(), options.exportDate());
    }

    /**
     * Writes the export into a directory (created if needed; the export's files in it are replaced, and
     * expected-quarantine files of an earlier run with defects removed).
     *
     * @throws UserError if the directory cannot be created or written
     */
    public GenerationSummary generate(Path directory, GenerationProgress progress) {
        long started = System.nanoTime();
        prepare(directory);
        try {
            @Nullable DefectSeeder defects = options.defects() ? new DefectSeeder(options.seed(), options.patients()) : null;
            Map<RegistryFile, Long> rows;
            try (RegistryCsvFiles files = new RegistryCsvFiles(directory)) {
                for (Centre centre : Centres.all()) {
                    files.row(RegistryFile.CENTRES, RegistryRowRenderer.centreRow(centre));
                }
                if (defects != null) {
                    defects.seedCentres(files);
                }
                writePatients(files, defects, progress);
                rows = files.rowCounts();
            }
            new ManifestWriter().write(directory, options);
            long quarantined = 0;
            if (defects != null) {
                defects.expected().write(directory, rows);
                quarantined = defects.expected().total();
            } else {
                // expectations left by an earlier run with defects would no longer be true
                Files.deleteIfExists(directory.resolve(ExpectedQuarantine.QUARANTINE_FILE));
                Files.deleteIfExists(directory.resolve(ExpectedQuarantine.COUNTS_FILE));
            }
            return new GenerationSummary(directory, options.patients(), rows, quarantined,
                    Duration.ofNanos(System.nanoTime() - started));
        } catch (IOException | UncheckedIOException e) {
            throw new UserError("cannot write the registry export to " + directory + ": " + e.getMessage(), e);
        }
    }

    private void writePatients(RegistryCsvFiles files, @Nullable DefectSeeder defects, GenerationProgress progress) {
        int total = options.patients();
        for (int from = 0; from < total; from += BATCH) {
            List<PatientHistory> batch = IntStream.range(from, Math.min(total, from + BATCH))
                    .parallel()
                    .mapToObj(simulator::simulate)
                    .toList();
            for (PatientHistory patient : batch) {
                renderer.render(patient, PatientSeeds.random(options.seed(), patient.index(),
                        PatientSeeds.Stream.RENDERING), files);
                if (defects != null) {
                    defects.seed(patient, files);
                }
                int done = patient.index() + 1;
                if (done % PROGRESS_EVERY == 0 && done < total) {
                    progress.patientsWritten(done, total);
                }
            }
        }
        progress.patientsWritten(total, total);
    }

    private static void prepare(Path directory) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw new UserError(directory + " is a file; --out needs a directory for the registry export");
        }
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserError("cannot create the output directory " + directory + ": " + e.getMessage(), e);
        }
    }
}
