package org.myelin.cohort.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Generates many definitions, up to {@code parallelism} at a time, each on its own connection and in its own
 * transaction, so cohorts do not wait for one another. A definition that is malformed or invalid is reported and
 * writes nothing; the others still run.
 */
public final class CohortBatchGenerator {

    private final CohortGenerator generator;
    private final CohortDefinitionFiles files = new CohortDefinitionFiles();
    private final int parallelism;

    public CohortBatchGenerator(DataSource dataSource, Schemas schemas, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.generator = new CohortGenerator(dataSource, schemas);
        this.parallelism = parallelism;
    }

    /** Generates the files as cohort ids {@code firstCohortId}, {@code firstCohortId + 1}, ... in the given order. */
    public BatchOutcome generate(List<Path> definitions, int firstCohortId) {
        return generate(definitions, firstCohortId, generation -> { });
    }

    /**
     * As {@link #generate(List, int)}, telling {@code progress} about each cohort as soon as it is written, one call at
     * a time, so that a terminal can show the batch advancing.
     */
    public BatchOutcome generate(List<Path> definitions, int firstCohortId, Consumer<CohortGeneration> progress) {
        long started = System.nanoTime();
        List<CohortGeneration> generated = new ArrayList<>();
        List<BatchFailure> failed = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            List<Future<CohortGeneration>> running = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                Path file = definitions.get(i);
                int cohortId = firstCohortId + i;
                running.add(pool.submit(() -> {
                    CohortGeneration generation = generator.generate(files.read(file, cohortId));
                    synchronized (progress) {
                        progress.accept(generation);
                    }
                    return generation;
                }));
            }
            for (int i = 0; i < running.size(); i++) {
                try {
                    generated.add(running.get(i).get());
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UserError error)) {
                        throw new IllegalStateException("generating " + definitions.get(i) + " failed", e.getCause());
                    }
                    failed.add(new BatchFailure(definitions.get(i), firstCohortId + i, error.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while generating cohorts", e);
                }
            }
        }
        generated.sort(Comparator.comparingInt(CohortGeneration::cohortId));
        return new BatchOutcome(generated, failed, Duration.ofNanos(System.nanoTime() - started));
    }
}
