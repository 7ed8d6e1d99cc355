package org.myelin.cohort.study;

import static org.myelin.sql.jooq.cdm.Tables.CDM_SOURCE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.outcome.RelapseRates;
import org.myelin.cohort.run.CohortBatchGenerator;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.sql.Schemas;
import org.myelin.vocab.validate.VocabularyValidator;

/**
 * Runs a study: prepares every cohort (a bad one fails before anything is written), generates them, runs the
 * analyses the study asks for and returns the aggregates with small cells hidden. Progress goes to a consumer, one
 * line per step.
 */
public final class StudyRunner {

    private final DataSource dataSource;
    private final Schemas schemas;
    private final CohortLibrary library;
    private final int parallelism;

    /** A runner that generates {@value CohortBatchGenerator#DEFAULT_PARALLELISM} cohorts at a time. */
    public StudyRunner(DataSource dataSource, Schemas schemas, CohortLibrary library) {
        this(dataSource, schemas, library, CohortBatchGenerator.DEFAULT_PARALLELISM);
    }

    /** A runner that generates {@code parallelism} cohorts at a time, each on a database session of its own. */
    public StudyRunner(DataSource dataSource, Schemas schemas, CohortLibrary library, int parallelism) {
        if (parallelism < 1) {
            throw new IllegalArgumentException("parallelism must be at least 1, not " + parallelism);
        }
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.library = library;
        this.parallelism = parallelism;
    }

    /** Runs {@code study}, read from {@code source} (named in error messages). */
    public StudyResults run(StudyDefinition study, String source, StudySettings settings, Consumer<String> progress) {
        Instant started = Instant.now();
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        StudyCohorts.Prepared cohorts = new StudyCohorts(dataSource, schemas, library).prepare(study, source, sql);
        List<CohortGeneration> generations = generate(study, cohorts, progress);
        List<ResultTable> tables = new ArrayList<>();
        StudyConcepts concepts = StudyConcepts.resolve(dataSource, schemas);
        if (study.runs(Analysis.COHORT_COUNTS)) {
            progress.accept("analysis: cohort counts");
            tables.add(CohortCountsAnalysis.counts(sql, study.cohorts()));
        }
        if (study.runs(Analysis.ATTRITION)) {
            progress.accept("analysis: attrition");
            tables.add(CohortCountsAnalysis.attrition(generations));
        }
        if (study.runs(Analysis.CHARACTERISTICS)) {
            progress.accept("analysis: baseline characteristics of " + study.exposures().size() + " cohorts");
            tables.add(CharacteristicsAnalysis.run(sql, study.exposures(), concepts));
        }
        if (study.runs(Analysis.INCIDENCE)) {
            progress.accept("analysis: incidence of " + study.outcomes().size() + " outcomes in "
                    + study.targets().size() + " targets");
            tables.add(IncidenceAnalysis.run(sql, study.targets(), study.outcomes()));
        }
        if (study.runs(Analysis.TIME_TO_EVENT)) {
            progress.accept("analysis: Kaplan-Meier curves");
            tables.add(KaplanMeierAnalysis.run(sql, study.targets(), study.outcomes(), study.timeToEventIntervalDays()));
        }
        if (study.runs(Analysis.TREATMENT_SEQUENCES)) {
            progress.accept("analysis: treatment sequences");
            tables.addAll(TreatmentSequenceAnalysis.run(sql, study.targets(), concepts, settings.minCellCount()));
        }
        Integer relapseCohort = study.relapseCohortId();
        if (study.runs(Analysis.RELAPSE_RATE) && relapseCohort != null) {
            progress.accept("analysis: annualised relapse rate of " + study.exposures().size() + " cohorts");
            tables.add(RelapseRateAnalysis.run(new RelapseRates(dataSource, schemas), study.exposures(), relapseCohort));
        }
        String vocabulary = new VocabularyValidator(dataSource, schemas).version().orElse("none loaded");
        return new StudyResults(study, settings, tables,
                new Provenance(cdmSource(sql), vocabulary, started, Instant.now()));
    }

    /**
     * Generates the cohorts {@code parallelism} at a time, each in its own transaction on its own session (the work is
     * the database's, so the cores work side by side): the ATLAS cohorts first, as one batch that shares its work
     * ({@link CohortBatchGenerator}), then the MS outcomes, which may read them; an outcome that reads outcomes listed
     * before it (a NEDA-3 target) starts only once those are written. Returns the generations in the study's order.
     */
    private List<CohortGeneration> generate(StudyDefinition study, StudyCohorts.Prepared cohorts,
            Consumer<String> progress) {
        int total = cohorts.atlas().size() + cohorts.outcomes().size();
        progress.accept("generating " + total + " cohorts, " + parallelism + " at a time");
        AtomicInteger written = new AtomicInteger();
        Consumer<CohortGeneration> report = generation -> {
            synchronized (progress) {
                progress.accept(String.format(Locale.ROOT, "cohort %d of %d written: %d %s, %,d persons (%.1f s)",
                        written.incrementAndGet(), total, generation.cohortId(), generation.name(),
                        generation.persons(), generation.elapsed().toMillis() / 1000.0));
            }
        };
        List<CohortGeneration> generated = new ArrayList<>();
        if (!cohorts.atlas().isEmpty()) {
            generated.addAll(new CohortBatchGenerator(dataSource, schemas, parallelism)
                    .generate(cohorts.atlas(), cohorts.batch(), report));
        }
        List<Future<CohortGeneration>> running = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(parallelism)) {
            for (StudyCohorts.PreparedOutcome outcome : cohorts.outcomes()) {
                if (outcome.readsEarlierOutcome()) {
                    running.forEach(StudyRunner::await);
                }
                running.add(pool.submit(() -> {
                    CohortGeneration generation = outcome.generation().get();
                    report.accept(generation);
                    return generation;
                }));
            }
            running.stream().map(StudyRunner::await).forEach(generated::add);
        }
        // the study's order interleaves the two kinds (an MS outcome may come before a library outcome)
        List<Integer> order = study.cohorts().stream().map(CohortReference::cohortId).toList();
        generated.sort(Comparator.comparingInt(generation -> order.indexOf(generation.cohortId())));
        return generated;
    }

    /** The generation's result; its failure (a {@code UserError} among them) is rethrown as it was. */
    private static CohortGeneration await(Future<CohortGeneration> generation) {
        try {
            return generation.get();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException("generating a study cohort failed", e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while generating the study's cohorts", e);
        }
    }

    /** The CDM_SOURCE row, or an empty map when the CDM holds none. */
    private static Map<String, @Nullable Object> cdmSource(DSLContext sql) {
        Map<String, @Nullable Object> source = new LinkedHashMap<>();
        try {
            Record row = sql.select(CDM_SOURCE.CDM_SOURCE_NAME, CDM_SOURCE.CDM_SOURCE_ABBREVIATION,
                    CDM_SOURCE.CDM_HOLDER, CDM_SOURCE.SOURCE_RELEASE_DATE, CDM_SOURCE.CDM_RELEASE_DATE,
                    CDM_SOURCE.CDM_VERSION, CDM_SOURCE.VOCABULARY_VERSION).from(CDM_SOURCE).limit(1).fetchOne();
            if (row != null) {
                for (int i = 0; i < row.size(); i++) {
                    Object value = row.get(i);
                    source.put(row.field(i).getName(), value == null ? null : value.toString());
                }
            }
        } catch (DataAccessException e) {
            // a CDM without a cdm_source table: the manifest says so by an empty source
        }
        return source;
    }
}
