package org.myelin.app.generate;

import java.nio.file.Path;
import org.myelin.app.cli.ProgressLine;
import org.myelin.etl.registry.synthetic.GenerationSummary;
import org.myelin.etl.registry.synthetic.RegistryExportGenerator;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.sql.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myelin generate registry}: a realistic MS registry export, the same for the same seed. */
@Command(name = "registry", mixinStandardHelpOptions = true,
        description = "Write a synthetic MS registry export in the registry format, deterministic for a seed.")
public final class GenerateRegistryCommand implements Runnable {

    @Option(names = "--patients", required = true, paramLabel = "N", description = "Number of patients.")
    int patients;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the export into.")
    Path out;

    @Option(names = "--defects", description = "Seed every kind of bad row the format names, and write the expected "
            + "quarantine counts beside the export.")
    boolean defects;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (patients < 1) {
            throw new UserError("--patients must be at least 1, got " + patients);
        }
        ProgressLine progress = new ProgressLine(spec.commandLine().getErr());
        GenerationSummary summary = new RegistryExportGenerator(RegistryGenerationOptions.of(patients, seed, defects))
                .generate(out, (done, total) -> progress.update(String.format("%,d of %,d patients", done, total)));
        progress.done(summary.describe());
    }
}
