package org.myelin.app.vocab;

import java.nio.file.Path;
import org.myelin.sql.UserError;
import org.myelin.vocab.synth.SynthesisResult;
import org.myelin.vocab.synth.VocabularySynthesizer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code myelin vocab synth}: a synthetic Athena bundle of realistic shape, for tests and benchmarks. */
@Command(name = "synth", mixinStandardHelpOptions = true,
        description = "Write a synthetic Athena bundle (hierarchies with their ancestor closure, Maps to, invalid and "
                + "replaced concepts, awkward names) for tests and benchmarks.")
public final class VocabSynthCommand implements Runnable {

    @Option(names = "--concepts", required = true, paramLabel = "N", description = "Number of concepts.")
    int concepts;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write the bundle into.")
    Path out;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Random seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        if (concepts < 1) {
            throw new UserError("--concepts must be at least 1, got " + concepts);
        }
        SynthesisResult result = new VocabularySynthesizer(seed).write(concepts, out);
        result.rowsPerFile().forEach((file, rows) -> spec.commandLine().getOut().printf("%-26s %,14d rows%n", file, rows));
        spec.commandLine().getOut().println("Bundle written to " + result.folder());
    }
}
