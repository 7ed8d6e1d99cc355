package org.myelin.cohort.outcome;

import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.results.Tables.COHORT_DEFINITION;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.run.AttritionStep;
import org.myelin.cohort.run.CohortGeneration;
import org.myelin.cohort.run.GeneratedCohorts;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Generates an outcome into {@code results.cohort} under a cohort id, in one transaction that replaces that id's rows
 * and its {@code cohort_definition} row (name and parameters), as the library cohorts are generated.
 */
public final class OutcomeGenerator {

    private final DataSource dataSource;
    private final Schemas schemas;
    /** The outcome concepts, looked up once per generator: every outcome of a run reads the same vocabulary. */
    private @Nullable OutcomeConcepts concepts;

    public OutcomeGenerator(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /**
     * Fails with a {@link UserError} when the loaded vocabulary lacks a concept the outcomes read, so that a caller can
     * check before it writes anything.
     */
    public void requireConcepts() {
        concepts();
    }

    private synchronized OutcomeConcepts concepts() {
        if (concepts == null) {
            concepts = OutcomeConcepts.resolve(dataSource, schemas);
        }
        return concepts;
    }

    /**
     * Generates {@code outcome} as {@code cohortId}; a NEDA-3 target cohort must have been generated before, and the
     * loaded vocabulary must hold the outcome concepts, else a {@link UserError} and nothing is written.
     */
    public CohortGeneration generate(int cohortId, Outcome outcome) {
        long started = System.nanoTime();
        OutcomeConcepts concepts = concepts();
        return DSL.using(dataSource, Schemas.dialect(), schemas.settings()).transactionResult(transaction -> {
            DSLContext sql = transaction.dsl();
            if (outcome instanceof Neda3 neda && !GeneratedCohorts.exists(sql, neda.targetCohortId())) {
                throw new UserError(outcome.name() + ": the target cohort " + neda.targetCohortId()
                        + " has not been generated; generate it first");
            }
            sql.deleteFrom(COHORT).where(COHORT.COHORT_DEFINITION_ID.eq(cohortId)).execute();
            new WorseningEvents(sql, concepts).find(rule(outcome));
            sql.insertInto(COHORT, COHORT.COHORT_DEFINITION_ID, COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE,
                    COHORT.COHORT_END_DATE).select(new OutcomeCohorts(concepts).rows(cohortId, outcome)).execute();
            sql.deleteFrom(COHORT_DEFINITION).where(COHORT_DEFINITION.COHORT_DEFINITION_ID.eq(cohortId)).execute();
            // no definition syntax: an outcome is Java, named with all its parameters
            sql.insertInto(COHORT_DEFINITION)
                    .set(COHORT_DEFINITION.COHORT_DEFINITION_ID, cohortId)
                    .set(COHORT_DEFINITION.COHORT_DEFINITION_NAME, outcome.name())
                    .set(COHORT_DEFINITION.DEFINITION_TYPE_CONCEPT_ID, 0)
                    .set(COHORT_DEFINITION.SUBJECT_CONCEPT_ID, 0)
                    .set(COHORT_DEFINITION.COHORT_INITIATION_DATE, LocalDate.now())
                    .execute();
            long persons = sql.fetchValue(DSL.select(DSL.countDistinct(COHORT.SUBJECT_ID)).from(COHORT)
                    .where(COHORT.COHORT_DEFINITION_ID.eq(cohortId)));
            long periods = sql.fetchCount(COHORT, COHORT.COHORT_DEFINITION_ID.eq(cohortId));
            return new CohortGeneration(cohortId, outcome.name(), List.of(new AttritionStep("Outcome events", persons,
                    periods)), persons, periods, Duration.ofNanos(System.nanoTime() - started));
        });
    }

    private static WorseningRule rule(Outcome outcome) {
        return switch (outcome) {
            case ConfirmedWorsening cdw -> cdw.rule();
            case SecondaryProgression ignored -> SecondaryProgression.RULE;
            case Pira pira -> pira.rule();
            case Neda3 neda -> neda.rule();
        };
    }
}
