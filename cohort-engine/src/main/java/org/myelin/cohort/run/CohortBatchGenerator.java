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
import java.util.function.BiConsumer;
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

    /** Cohorts generated side by side unless told otherwise: one per core of the machine the benchmarks ran on. */
    public static final int DEFAULT_PARALLELISM = 2;

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
        // reading, checking and compiling is the client's work, done before the database has any: on as many threads
        // as the batch runs cohorts
        List<Future<CohortDefinition>> checked = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            for (int i = 0; i < definitions.size(); i++) {
                Path file = definitions.get(i);
                int cohortId = firstCohortId + i;
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
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading cohort definitions", e);
        }
        BatchPlan plan = compiler.compileBatch(valid.stream().map(CohortDefinition::expression).toList(),
                valid.stream().map(CohortDefinition::cohortId).toList());
        List<CohortGeneration> generated = new ArrayList<>(run(valid, plan, progress, (i, error) ->
                failed.add(new BatchFailure(validFiles.get(i), valid.get(i).cohortId(), error.getMessage()))));
        generated.sort(Comparator.comparingInt(CohortGeneration::cohortId));
        failed.sort(Comparator.comparingInt(BatchFailure::cohortId));
        return new BatchOutcome(generated, failed, Duration.ofNanos(System.nanoTime() - started));
    }

    /**
     * Generates definitions that were checked and compiled together as {@code plan} ({@link CohortCompiler#compileBatch},
     * in the same order), as {@link #generate(List, int, Consumer)} does once it has compiled them; returns their
     * generations in that order. When a cohort fails, the first failure is thrown once every cohort has ended.
     */
    public List<CohortGeneration> generate(List<CohortDefinition> definitions, BatchPlan plan,
            Consumer<CohortGeneration> progress) {
        List<UserError> failed = new ArrayList<>();
        List<CohortGeneration> generated = run(definitions, plan, progress, (i, error) -> failed.add(error));
        if (!failed.isEmpty()) {
            throw failed.getFirst();
        }
        return generated;
    }

    /**
     * Runs the plan: shared tables first, then the cohorts {@code parallelism} at a time, then the shared tables are
     * dropped; a cohort failing with a {@link UserError} goes to {@code failed} with its index. Returns the generations
     * of the cohorts that succeeded, in the definitions' order.
     */
    private List<CohortGeneration> run(List<CohortDefinition> definitions, BatchPlan plan,
            Consumer<CohortGeneration> progress, BiConsumer<Integer, UserError> failed) {
        List<CohortGeneration> generated = new ArrayList<>();
        try (BatchSessions sessions = new BatchSessions(dataSource, schemas, parallelism);
                ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            try {
                sessions.run(session -> execute(session, plan.sharedCodesets()));
                executeSideBySide(pool, sessions, plan.sharedTables());
                executeSideBySide(pool, sessions, plan.primaryEventsOnCopies());
                List<Future<CohortGeneration>> running = new ArrayList<>();
                for (int i = 0; i < definitions.size(); i++) {
                    CohortDefinition definition = definitions.get(i);
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
                            throw new IllegalStateException("generating " + definitions.get(i).name() + " failed",
                                    e.getCause());
                        }
                        failed.accept(i, error);
                    }
                }
            } finally {
                sessions.run(session -> execute(session, plan.dropShared()));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating cohorts", e);
        }
        return generated;
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
