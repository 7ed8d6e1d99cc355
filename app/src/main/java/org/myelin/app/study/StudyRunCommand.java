package org.myelin.app.study;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.myelin.app.cli.MyelinVersion;
import org.myelin.app.cli.ProgressLine;
import org.myelin.app.cohort.ParallelCohortsOption;
import org.myelin.app.db.DatabaseCommand;
import org.myelin.app.db.DatabaseConnector;
import org.myelin.app.db.OpenDatabase;
import org.myelin.cohort.library.PhenotypeLibrary;
import org.myelin.cohort.study.PhenotypeCohortLibrary;
import org.myelin.cohort.study.ResultsPackage;
import org.myelin.cohort.study.StudyDefinition;
import org.myelin.cohort.study.StudyDefinitionReader;
import org.myelin.cohort.study.StudyResults;
import org.myelin.cohort.study.StudyRunner;
import org.myelin.cohort.study.StudySettings;
import org.myelin.sql.UserError;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code myelin study run STUDY.json --out PATH}: the study's cohorts and analyses into a results package. */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Generate a study's cohorts, run its analyses and write a results package (folder and zip: CSV "
                + "files, manifest.json, report.html) that holds aggregates only; counts from 1 to the minimum cell "
                + "count minus 1 are written as -minCellCount.")
public final class StudyRunCommand extends DatabaseCommand {

    @Parameters(arity = "0..1", paramLabel = "STUDY.json", description = "The study definition (see the cohort-engine README).")
    @Nullable Path study;

    @Option(names = "--library", paramLabel = "NAME",
            description = "Run the standard study that ships with Myelin for a library instead: 'ms' (the whole MS "
                    + "phenotype library, its outcomes and every analysis).")
    @Nullable String library;

    @Option(names = "--out", required = true, paramLabel = "PATH",
            description = "The results package folder; PATH.zip is written beside it.")
    Path out;

    @Option(names = "--min-cell-count", defaultValue = "" + StudySettings.DEFAULT_MIN_CELL_COUNT, paramLabel = "N",
            description = "Counts from 1 to N-1 are hidden as -N, with the figures derived from them (default ${DEFAULT-VALUE}).")
    int minCellCount;

    @Mixin
    ParallelCohortsOption parallel;

    public StudyRunCommand(DatabaseConnector connector) {
        super(connector);
    }

    @Override
    protected void run(OpenDatabase database, PrintWriter out) {
        StudySettings settings = new StudySettings(minCellCount, MyelinVersion.current());
        if ((study == null) == (library == null)) {
            throw new UserError("name either a study definition (STUDY.json) or --library ms, not "
                    + (study == null ? "neither" : "both"));
        }
        StudyDefinitionReader reader = new StudyDefinitionReader();
        StudyDefinition definition = study != null ? reader.read(study) : reader.readLibraryStudy(library);
        String source = study != null ? study.toString() : "--library " + library;
        ProgressLine progress = new ProgressLine(err());
        long started = System.nanoTime();
        Path report = runStudy(database, definition, source, settings, parallel.cohorts(), this.out,
                line -> progress.update(
                String.format("[%5.1f s] %s", (System.nanoTime() - started) / 1e9, line)));
        progress.done(String.format("study %s: %d cohorts, finished in %.1f s", definition.id(),
                definition.cohorts().size(), (System.nanoTime() - started) / 1e9));
        out.println("Results package: " + report.getParent());
        out.println("Zip:             " + report.getParent() + ".zip");
        out.println("Report:          " + report);
    }

    /**
     * Runs {@code study} (read from {@code source}) on the database with the MS phenotype library, {@code parallel}
     * cohorts at a time, and writes its results package to {@code out}; returns the report's path.
     */
    public static Path runStudy(OpenDatabase database, StudyDefinition study, String source, StudySettings settings,
            int parallel, Path out, Consumer<String> progress) {
        StudyResults results = new StudyRunner(database.dataSource(), database.schemas(),
                new PhenotypeCohortLibrary(PhenotypeLibrary.ms(), database.dataSource(), database.schemas()), parallel)
                .run(study, source, settings, progress);
        return ResultsPackage.write(results, out);
    }
}
