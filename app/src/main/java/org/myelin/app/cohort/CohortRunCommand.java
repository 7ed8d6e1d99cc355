package org.myelin.app.cohort;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.OpenDatabase;
import org.myelin.cohort.run.BatchFailure;
import org.myelin.cohort.run.BatchOutcome;
import org.myelin.cohort.run.CohortBatchGenerator;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.sql.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myelin cohort run DEFINITION.json...}: cohorts into results.cohort with their inclusion statistics. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Generate cohorts from ATLAS/Circe definitions (files or folders of .json) into results.cohort "
                + "and the inclusion statistics tables, and print the attrition of each.")
public final class CohortRunCommand extends DatabaseCommand {

    @Parameters(arity = "1..*", paramLabel = "DEFINITION", description = "Definition files, or folders of them.")
    List<Path> definitions;

    @Option(names = "--cohort-id", defaultValue = "1", paramLabel = "N",
            description = "Cohort id of the first definition; the others follow in order (default ${DEFAULT-VALUE}).")
    int cohortId;

    @Mixin
    ParallelCohortsOption parallel;

    public CohortRunCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        List<Path> files = definitionFiles(definitions);
        ProgressLine progress = new ProgressLine(err());
        BatchOutcome outcome = new CohortBatchGenerator(database.dataSource(), database.schemas(), parallel.cohorts())
                .generate(files, cohortId, generation -> progress.update("generated cohort " + generation.cohortId()
                        + " " + generation.name()));
        progress.done(String.format("%d cohorts generated, %d failed, in %.1f s", outcome.generated().size(),
                outcome.failed().size(), outcome.elapsed().toNanos() / 1e9));
        for (CohortGeneration generation : outcome.generated()) {
            out.println(generation.attritionTable());
        }
        if (!outcome.failed().isEmpty()) {
            outcome.failed().stream().map(BatchFailure::message).forEach(err()::println);
            throw new UserError(outcome.failed().size() + " of " + files.size()
                    + " definitions were not generated (see above); the others were written");
        }
    }

    /** The files named, with folders replaced by their .json files in name order. */
    static List<Path> definitionFiles(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> children = Files.list(path)) {
                    children.filter(child -> child.getFileName().toString().endsWith(".json")).sorted().forEach(files::add);
                } catch (java.io.IOException e) {
                    throw new UserError("cannot list " + path + ": " + e.getMessage());
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            } else {
                throw new UserError("cohort definition " + path + " does not exist");
            }
        }
        if (files.isEmpty()) {
            throw new UserError("no .json cohort definitions in " + paths);
        }
        return files;
    }
}
