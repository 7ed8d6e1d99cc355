package org.myelin.etl.quality;

import static org.myelin.sql.jooq.results.Tables.DQ_CHECK_RESULTS;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Record2;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.myelin.etl.load.CopyWriter;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Runs every check instance on the CDM schema of the given {@link Schemas} ({@code cdm}, or {@code cdm_next}
 * during a nightly build) on a small fixed set of connections, one statement per instance, and records one row
 * per instance in {@code results.dq_check_results}. A check whose SQL fails is recorded as an error; the others run.
 */
public final class DataQualityRunner {

    /** Two sessions keep both cores of a small server busy without starving the other work on it. */
    public static final int DEFAULT_PARALLELISM = 2;

    private final DataSource dataSource;
    private final Schemas schemas;
    private final QualityConfiguration configuration;
    private final int parallelism;

    public DataQualityRunner(DataSource dataSource, Schemas schemas, QualityConfiguration configuration, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, was " + parallelism);
        }
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.configuration = configuration;
        this.parallelism = parallelism;
    }

    /** The bundled thresholds on {@value #DEFAULT_PARALLELISM} connections. */
    public DataQualityRunner(DataSource dataSource, Schemas schemas) {
        this(dataSource, schemas, QualityConfiguration.bundled(), DEFAULT_PARALLELISM);
    }

    /** Runs all checks, stores their results and returns them; a schema that does not exist is a {@link UserError}. */
    public DataQualityRun run() {
        LocalDateTime startedAt = LocalDateTime.now();
        long start = System.nanoTime();
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        if (sql.fetchCount(DSL.table(DSL.name("information_schema", "schemata")),
                DSL.field(DSL.name("schema_name")).eq(schemas.cdm())) == 0) {
            throw new UserError("there is no CDM schema '" + schemas.cdm() + "' to check; load one first, or check another schema");
        }
        List<CheckInstance> instances = CheckPlan.instances(sql, configuration, schemas);
        List<CheckResult> results = execute(instances);
        DataQualityRun run = new DataQualityRun(UUID.randomUUID().toString(), startedAt, schemas.cdm(),
                Duration.ofNanos(System.nanoTime() - start), results);
        store(run);
        return run;
    }

    /** Each worker holds one connection and takes the next unclaimed unit of work ({@link SharedScans}) until none is left. */
    private List<CheckResult> execute(List<CheckInstance> instances) {
        CheckResult[] results = new CheckResult[instances.size()];
        List<List<Integer>> units = SharedScans.units(DSL.using(Schemas.dialect(), schemas.settings()), instances);
        AtomicInteger next = new AtomicInteger();
        ExecutorService workers = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < parallelism; i++) {
                running.add(workers.submit(() -> {
                    try (Connection connection = dataSource.getConnection()) {
                        DSLContext sql = DSL.using(connection, Schemas.dialect(), schemas.settings());
                        for (int unit = next.getAndIncrement(); unit < units.size(); unit = next.getAndIncrement()) {
                            List<Integer> indexes = units.get(unit);
                            List<CheckResult> counted = execute(sql, indexes.stream().map(instances::get).toList());
                            for (int k = 0; k < indexes.size(); k++) {
                                results[indexes.get(k)] = counted.get(k);
                            }
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : running) {
                worker.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("data-quality run interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException("data-quality run failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            workers.shutdownNow();
        }
        return Collections.unmodifiableList(java.util.Arrays.asList(results));
    }

    /**
     * Checks sharing a scan are counted by one statement, each credited with an equal share of its time; if that
     * statement fails, they run again one by one, so that the error is recorded for the check whose SQL is wrong.
     */
    private static List<CheckResult> execute(DSLContext sql, List<CheckInstance> checks) {
        if (SharedScans.shared(checks)) {
            long start = System.nanoTime();
            try {
                Record counts = sql.fetchOne(SharedScans.counts(checks));
                double share = (System.nanoTime() - start) / 1e9 / checks.size();
                List<CheckResult> results = new ArrayList<>(checks.size());
                for (int i = 0; i < checks.size(); i++) {
                    CheckInstance check = checks.get(i);
                    results.add(CheckResult.counted(check, sql.renderInlined(check.query().violatedRows()),
                            counts.get(2 * i, Long.class), counts.get(2 * i + 1, Long.class), share));
                }
                return results;
            } catch (DataAccessException e) {
                // one of them names a table or column that is not there: each runs alone below
            }
        }
        return checks.stream().map(check -> execute(sql, check)).toList();
    }

    private static CheckResult execute(DSLContext sql, CheckInstance check) {
        if (check.query() == null) {
            return CheckResult.notApplicable(check, String.valueOf(check.notApplicableReason()));
        }
        String queryText = sql.renderInlined(check.query().violatedRows());
        long start = System.nanoTime();
        try {
            Record2<Integer, Integer> counts = sql.fetchOne(check.query().counts());
            double seconds = (System.nanoTime() - start) / 1e9;
            return CheckResult.counted(check, queryText, counts == null ? 0 : counts.value1(),
                    counts == null ? 0 : counts.value2(), seconds);
        } catch (DataAccessException e) {
            String message = e.getCause() instanceof SQLException cause ? cause.getMessage() : e.getMessage();
            return CheckResult.error(check, queryText, String.valueOf(message).lines().findFirst().orElse(""),
                    (System.nanoTime() - start) / 1e9);
        }
    }

    private void store(DataQualityRun run) {
        var t = DQ_CHECK_RESULTS;
        try (CopyWriter writer = new CopyWriter(dataSource, schemas, t, List.of(t.RUN_ID, t.RUN_STARTED_AT, t.CDM_SCHEMA,
                t.CHECK_ID, t.CHECK_NAME, t.CHECK_LEVEL, t.CHECK_DESCRIPTION, t.CATEGORY, t.SUBCATEGORY, t.CONTEXT,
                t.CDM_TABLE_NAME, t.CDM_FIELD_NAME, t.CONCEPT_ID, t.UNIT_CONCEPT_ID, t.NUM_VIOLATED_ROWS, t.PCT_VIOLATED_ROWS,
                t.NUM_DENOMINATOR_ROWS, t.THRESHOLD_VALUE, t.FAILED, t.PASSED, t.IS_ERROR, t.NOT_APPLICABLE,
                t.NOT_APPLICABLE_REASON, t.ERROR, t.QUERY_TEXT, t.EXECUTION_TIME))) {
            for (CheckResult r : run.results()) {
                writer.write(run.runId(), run.startedAt(), run.cdmSchema(), r.checkId(), r.checkName(), r.checkLevel(),
                        r.checkDescription(), r.category(), r.subcategory(), r.context(), r.cdmTableName(), r.cdmFieldName(),
                        r.conceptId(), r.unitConceptId(), r.numViolatedRows(), r.pctViolatedRows(), r.numDenominatorRows(),
                        r.thresholdValue(), bit(r.failed()), bit(r.passed()), bit(r.isError()), bit(r.notApplicable()),
                        r.notApplicableReason(), r.error(), r.queryText(), r.executionTimeSeconds());
            }
        }
    }

    private static int bit(boolean value) {
        return value ? 1 : 0;
    }
}
