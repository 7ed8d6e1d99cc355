package org.myelin.app.vocab;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import org.myelin.sql.UserError;
import org.myelin.vocab.load.AthenaFile;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.LoadResult;
import org.myelin.vocab.load.VocabularyLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myelin vocab load PATH | --starter}: replaces the vocabulary; a failed load keeps the previous one. */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load an Athena vocabulary bundle (folder or zip), or the bundled MS starter vocabulary. "
                + "The previous vocabulary stays in place until the new one is complete; local concepts are kept.")
public final class VocabLoadCommand extends DatabaseCommand {

    @Parameters(arity = "0..1", paramLabel = "PATH", description = "Athena bundle: a folder or a zip of its CSV files.")
    @Nullable Path bundle;

    @Option(names = "--starter", description = "Load the MS starter vocabulary that ships with Myelin.")
    boolean starter;

    public VocabLoadCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        if ((bundle == null) == !starter) {
            throw new UserError("give either a bundle PATH or --starter (see 'myelin vocab load --help')");
        }
        DbInitCommand.initialise(database, out);
        VocabularyLoader loader = new VocabularyLoader(database.dataSource(), database.schemas(), progress(new ProgressLine(err())));
        LoadResult result = starter ? loader.loadStarter() : loader.load(bundle);
        result.summary().forEach(out::println);
    }

    static LoadProgress progress(ProgressLine line) {
        return new LoadProgress() {
            @Override
            public void fileStarted(AthenaFile file) {
                line.update(file.fileName() + " ...");
            }

            @Override
            public void rowsCopied(AthenaFile file, long rows, Duration elapsed) {
                line.update(String.format("%-26s %,14d rows %,12.0f rows/s", file.fileName(), rows,
                        rows / Math.max(elapsed.toNanos() / 1e9, 1e-9)));
            }

            @Override
            public void fileFinished(AthenaFile file, long rows, Duration elapsed) {
                line.done(String.format("%-26s %,14d rows", file.fileName(), rows));
            }

            @Override
            public void stepStarted(String description) {
                line.done(description + " ...");
            }
        };
    }
}
