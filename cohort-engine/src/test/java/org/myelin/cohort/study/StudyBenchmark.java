package org.myelin.cohort.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.myelin.cohort.library.PhenotypeLibrary;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.StandaloneDatabase;
import org.myelin.sql.testing.TestDatabase;

/**
 * A plain benchmark (not a test, run by {@code bench/study.sh}): the standard MS library study ({@code myelin study
 * run --library ms}: every library cohort, the outcomes and every analysis) on a generated CDM of 100,000 persons
 * ({@link MsStudyCdm}), timed step by step from the runner's progress lines, then the results package written.
 * Prints Markdown for BENCHMARKS.md.
 */
public final class StudyBenchmark {

    private static final int DEFAULT_PERSONS = 100_000;
    private static final long TARGET_MILLIS = 120_000;

    private StudyBenchmark() {
    }

    /** Optional argument: the number of persons (default 100,000). */
    public static void main(String[] args) throws IOException {
        int persons = args.length > 0 ? Integer.parseInt(args[0]) : DEFAULT_PERSONS;
        try (StandaloneDatabase standalone = new StandaloneDatabase()) {
            run(standalone.database(), persons, Files.createTempDirectory("myelin-study-bench"));
        }
    }

    private record Step(String line, long startedNanos) {
    }

    private static void run(TestDatabase database, int persons, Path folder) {
        long generationStarted = System.nanoTime();
        Map<String, Long> rows = MsStudyCdm.generate(database, persons);
        System.out.printf(Locale.ROOT, "%nCDM: %,d persons generated in %.1f s on the MS starter vocabulary%n%n",
                persons, seconds(System.nanoTime() - generationStarted));
        System.out.println("| table | rows |\n|---|---:|");
        rows.forEach((table, count) -> System.out.printf(Locale.ROOT, "| %s | %,d |%n", table, count));

        List<Step> steps = new ArrayList<>();
        List<String> cohorts = new ArrayList<>();
        long started = System.nanoTime();
        StudyDefinition study = new StudyDefinitionReader().readLibraryStudy("ms");
        StudyResults results = new StudyRunner(database.dataSource(), Schemas.DEFAULT,
                new PhenotypeCohortLibrary(PhenotypeLibrary.ms(), database.dataSource(), Schemas.DEFAULT))
                .run(study, "--library ms", new StudySettings(StudySettings.DEFAULT_MIN_CELL_COUNT, "benchmark"),
                        line -> {
                            if (line.startsWith("cohort ")) {
                                cohorts.add(line);
                            } else {
                                steps.add(new Step(line, System.nanoTime()));
                            }
                            System.err.println(line);
                        });
        long written = System.nanoTime();
        steps.add(new Step("results package and report", written));
        Path report = ResultsPackage.write(results, folder.resolve("ms-study"));
        long finished = System.nanoTime();

        System.out.println("\n| step | seconds |\n|---|---:|");
        if (!steps.isEmpty()) {
            System.out.printf(Locale.ROOT, "| preparing %d cohorts (definitions resolved and compiled) | %.1f |%n",
                    study.cohorts().size(), seconds(steps.getFirst().startedNanos() - started));
        }
        for (int i = 0; i < steps.size(); i++) {
            long end = i + 1 < steps.size() ? steps.get(i + 1).startedNanos() : finished;
            System.out.printf(Locale.ROOT, "| %s | %.1f |%n", steps.get(i).line().replace("|", "/"),
                    seconds(end - steps.get(i).startedNanos()));
        }
        // cohorts are generated side by side, so each reports its own time as it is written
        System.out.println("\nEach cohort, in the order written (its own time, side by side with another):\n");
        cohorts.forEach(line -> System.out.println("- " + line));
        long total = (finished - started) / 1_000_000;
        System.out.printf(Locale.ROOT, "%nWhole study: %.1f s (%d cohorts, %d analyses) - %s; report %s%n",
                total / 1000.0, study.cohorts().size(), study.analyses().size(),
                total < TARGET_MILLIS ? "under the 2-minute target" : "over the 2-minute target", report);
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
