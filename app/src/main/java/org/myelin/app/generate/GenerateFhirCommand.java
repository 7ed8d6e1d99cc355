package org.myelin.app.generate;

import java.nio.file.Path;
import org.myelin.app.cli.ProgressLine;
import org.myelin.etl.fhir.synthetic.FhirExportGenerator;
import org.myelin.etl.fhir.synthetic.FhirGenerationOptions;
import org.myelin.etl.fhir.synthetic.FhirGenerationSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myelin generate fhir}: FHIR R4 from a hospital, for the same patients as the registry generator. */
@Command(name = "fhir", mixinStandardHelpOptions = true,
        description = {"Write synthetic FHIR R4 of a hospital's MS patients (Bulk Data NDJSON, one file per resource "
                + "type, or transaction Bundles), deterministic for a seed.",
            "Patients carrying a registry id are the patients `myelin generate registry` writes for the same seed."})
public final class GenerateFhirCommand implements Runnable {

    @Option(names = "--patients", required = true, paramLabel = "N", description = "Number of hospital patients.")
    int patients;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the FHIR files into.")
    Path out;

    @Option(names = "--bundles", description = "Write transaction Bundles (" + FhirExportGenerator.PATIENTS_PER_BUNDLE + " patients each, urn:uuid references) "
            + "instead of NDJSON.")
    boolean bundles;

    @Option(names = "--defects", description = "Seed every kind of bad FHIR input (a line not JSON, invalid R4, an "
            + "unknown resource type, a reference to a missing patient, a coding without a system, an impossible "
            + "date) into the NDJSON, and list the lines the ETL must quarantine beside it.")
    boolean defects;

    @Option(names = "--registry-share", defaultValue = "0.85", paramLabel = "SHARE", description = "Share of patients "
            + "the registry also follows; they carry their registry patient id (default ${DEFAULT-VALUE}).")
    double registryShare;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        FhirGenerationOptions options = FhirGenerationOptions.of(patients, seed).withRegistryShare(registryShare)
                .withBundles(bundles).withDefects(defects);
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        FhirGenerationSummary summary = new FhirExportGenerator(options)
                .generate(out, (done, total) -> progress.update(String.format("%,d of %,d patients", done, total)));
        progress.done(summary.describe());
    }
}
