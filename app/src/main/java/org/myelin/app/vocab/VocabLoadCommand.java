package org.myelin.app.vocab;

import java.io.PrintWriter;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.DbInitCommand;
import org.myelin.app.db.OpenDatabase;
import org.myelin.sql.UserError;
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
        ProgressLine line = new ProgressLine(err());
        VocabularyLoader loader = new VocabularyLoader(database.dataSource(), database.schemas(),
                LoadProgress.lines(line::update, line::done));
        LoadResult result = starter ? loader.loadStarter() : loader.load(bundle);
        result.summary().forEach(out::println);
    }
}
