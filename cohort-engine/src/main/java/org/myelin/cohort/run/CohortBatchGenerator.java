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
import org.jooq.DSLContext;
import org.jooq.Query;
import org.myelin.cohort.compile.BatchPlan;
import org.myelin.cohort.compile.CohortCompiler;
import org.myelin.cohort.compile.CohortPlan;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Generates many definitions as one batch that shares work: concept sets are resolved once into one codeset table,
 * and each domain table several criteria read is read once for all cohorts (see {@link CohortCompiler#compileBatch}).
 * The definitions are read, checked and compiled on the batch's threads. The shared tables (and the primary events
 * that several cohorts have in common) are built first, side by side, the primary events that read a shared copy after
 * it; then
 * the cohorts run up to {@code parallelism} at a time, each in its own transaction, on {@code parallelism} sessions kept
 * open for the whole batch ({@link BatchSessions}); at the end the shared tables are dropped. A definition that is
 * malformed or invalid is reported and writes nothing; the others still run.
 */
public final class CohortBatchGenerator {

    private final CohortGenerator generator;
    private final CohortCompiler compiler;
    private final DataSource dataSource;
    private final Schemas schemas;
    private final CohortDefinitionFiles files = new CohortDefinitionFiles();
    private final int parallelism;

    public CohortBatchGenerator(DataSource dataSource, Schemas schemas, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.generator = new CohortGenerator(dataSource, schemas);
        this.compiler = new CohortCompiler(schemas);
        this.dataSource = dataSource;
        this.schemas = schemas;
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
        List<BatchFailure> failed = new ArrayList<>();
        List<CohortDefinition> valid = new ArrayList<>();
        List<Path> validFiles = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            List<Future<CohortDefinition>> checked = new ArrayList<>();
            for (int i = 0; i < definitions.size(); i++) {
                Path file = definitions.get(i);
                int cohortId = firstCohortId + i;
                // reading, checking and compiling is the client's work, done before the database has any: on the
                // batch's threads it takes a fraction of the time
                checked.add(pool.submit(() -> {
                    CohortDefinition definition = files.read(file, cohortId);
                    generator.compile(definition);
                    return definition;
                }));
            }
            for (int i = 0; i < definitions.size(); i++) {
                try {
                    valid.add(checked.get(i).get());
                    validFiles.add(definitions.get(i));
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof UserError error)) {
                        throw new IllegalStateException("reading " + definitions.get(i) + " failed", e.getCause());
                    }
                    failed.add(new BatchFailure(definitions.get(i), firstCohortId + i, error.getMessage()));
                }
            }
            BatchPlan plan = compiler.compileBatch(valid.stream().map(CohortDefinition::expression).toList(),
                    valid.stream().map(CohortDefinition::cohortId).toList());
            List<CohortGeneration> generated = new ArrayList<>();
            try (BatchSessions sessions = new BatchSessions(dataSource, schemas, parallelism)) {
                try {
                    sessions.run(session -> execute(session, plan.sharedCodesets()));
                    executeSideBySide(pool, sessions, plan.sharedTables());
                    executeSideBySide(pool, sessions, plan.primaryEventsOnCopies());
                    List<Future<CohortGeneration>> running = new ArrayList<>();
                    for (int i = 0; i < valid.size(); i++) {
                        CohortDefinition definition = valid.get(i);
                        CohortPlan cohort = plan.cohorts().get(i);
                        running.add(pool.submit(() -> {
                            long cohortStarted = System.nanoTime();
                            CohortGeneration generation = sessions.use(
                                    session -> CohortGenerator.run(session, definition, cohort, cohortStarted));
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
                                throw new IllegalStateException("generating " + validFiles.get(i) + " failed", e.getCause());
                            }
                            failed.add(new BatchFailure(validFiles.get(i), valid.get(i).cohortId(), error.getMessage()));
                        }
                    }
                } finally {
                    sessions.run(session -> execute(session, plan.dropShared()));
                }
            }
            generated.sort(Comparator.comparingInt(CohortGeneration::cohortId));
            failed.sort(Comparator.comparingInt(BatchFailure::cohortId));
            return new BatchOutcome(generated, failed, Duration.ofNanos(System.nanoTime() - started));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating cohorts", e);
        }
    }

    /** Runs statements in one transaction: one commit, not one per statement. */
    private static void execute(DSLContext session, List<Query> statements) {
        session.transaction(transaction -> {
            for (Query statement : statements) {
                transaction.dsl().execute(statement);
            }
        });
    }

    /** Builds independent shared tables, each on a session of its own, and waits for all of them. */
    private static void executeSideBySide(ExecutorService pool, BatchSessions sessions, List<List<Query>> tables)
            throws InterruptedException {
        List<Future<?>> tasks = new ArrayList<>();
        tables.forEach(table -> tasks.add(pool.submit(() -> {
            sessions.run(session -> execute(session, table));
            return null;
        })));
        for (Future<?> task : tasks) {
            try {
                task.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("building a shared table of the batch failed", e.getCause());
            }
        }
    }
}
