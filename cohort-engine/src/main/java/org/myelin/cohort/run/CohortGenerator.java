package org.myelin.cohort.run;

import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.results.Tables.COHORT_DEFINITION;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_RESULT;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.myelin.cohort.check.DefinitionChecker;
import org.myelin.cohort.compile.CohortCompiler;
import org.myelin.cohort.compile.CohortPlan;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * Generates cohorts: for each definition, in one transaction, replaces its cohort id's rows in {@code results.cohort},
 * {@code cohort_definition} and the inclusion and censor statistics, then reads back its attrition. A failing
 * definition leaves that cohort id's previous rows untouched.
 */
public final class CohortGenerator {

    private final DataSource dataSource;
    private final Schemas schemas;
    private final CohortCompiler compiler;
    private final DefinitionChecker checker = new DefinitionChecker();

    public CohortGenerator(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
        this.compiler = new CohortCompiler(schemas);
    }

    public CohortGeneration generate(CohortDefinition definition) {
        long started = System.nanoTime();
        return run(definition, compile(definition), started);
    }

    /** Checks and compiles a definition; one that cannot run fails with a {@link UserError} naming it. */
    CohortPlan compile(CohortDefinition definition) {
        // check and compile first: a definition that cannot run must not touch the database
        checker.requireValid(definition.expression(), definition.name());
        try {
            return compiler.compile(definition.expression(), definition.cohortId());
        } catch (UserError e) {
            throw new UserError(definition.name() + ": " + e.getMessage(), e);
        }
    }

    /** Runs a compiled definition in one transaction; {@code started} is when its generation began (System.nanoTime). */
    CohortGeneration run(CohortDefinition definition, CohortPlan plan, long started) {
        return run(DSL.using(dataSource, Schemas.dialect(), schemas.settings()), definition, plan, started);
    }

    /** As {@link #run(CohortDefinition, CohortPlan, long)}, in one transaction of {@code session}. */
    static CohortGeneration run(DSLContext session, CohortDefinition definition, CohortPlan plan, long started) {
        return session.transactionResult(transaction -> {
            DSLContext sql = transaction.dsl();
            for (Query statement : plan.statements()) {
                sql.attach(statement);
                statement.execute();
            }
            writeDefinition(sql, definition);
            return new CohortGeneration(definition.cohortId(), definition.name(), attrition(sql, definition.cohortId()),
                    sql.fetchValue(DSL.select(DSL.countDistinct(COHORT.SUBJECT_ID)).from(COHORT)
                            .where(COHORT.COHORT_DEFINITION_ID.eq(definition.cohortId()))),
                    sql.fetchCount(COHORT, COHORT.COHORT_DEFINITION_ID.eq(definition.cohortId())),
                    Duration.ofNanos(System.nanoTime() - started));
        });
    }

    private static void writeDefinition(DSLContext sql, CohortDefinition definition) {
        sql.deleteFrom(COHORT_DEFINITION).where(COHORT_DEFINITION.COHORT_DEFINITION_ID.eq(definition.cohortId())).execute();
        // type and subject concepts are left 0: Circe definitions carry neither, and concept ids are not hard-coded
        sql.insertInto(COHORT_DEFINITION)
                .set(COHORT_DEFINITION.COHORT_DEFINITION_ID, definition.cohortId())
                .set(COHORT_DEFINITION.COHORT_DEFINITION_NAME, definition.name())
                .set(COHORT_DEFINITION.COHORT_DEFINITION_DESCRIPTION, definition.description())
                .set(COHORT_DEFINITION.DEFINITION_TYPE_CONCEPT_ID, 0)
                .set(COHORT_DEFINITION.COHORT_DEFINITION_SYNTAX, definition.json())
                .set(COHORT_DEFINITION.SUBJECT_CONCEPT_ID, 0)
                .set(COHORT_DEFINITION.COHORT_INITIATION_DATE, LocalDate.now())
                .execute();
    }

    /**
     * Attrition from the inclusion results: mode 0 counts events per rule mask, mode 1 each person's best event, so
     * the events (persons) left after rule k are those of masks holding every rule up to k.
     */
    private static List<AttritionStep> attrition(DSLContext sql, int cohortId) {
        List<String> rules = sql.select(COHORT_INCLUSION.NAME).from(COHORT_INCLUSION)
                .where(COHORT_INCLUSION.COHORT_DEFINITION_ID.eq(cohortId))
                .orderBy(COHORT_INCLUSION.RULE_SEQUENCE).fetch(COHORT_INCLUSION.NAME);
        Map<Long, Long> events = masks(sql, cohortId, 0);
        Map<Long, Long> persons = masks(sql, cohortId, 1);
        List<AttritionStep> steps = new ArrayList<>();
        steps.add(new AttritionStep("Qualifying events", holding(persons, 0), holding(events, 0)));
        for (int k = 0; k < rules.size(); k++) {
            long required = (1L << (k + 1)) - 1;
            steps.add(new AttritionStep("Rule " + (k + 1) + ": " + rules.get(k), holding(persons, required),
                    holding(events, required)));
        }
        return steps;
    }

    private static Map<Long, Long> masks(DSLContext sql, int cohortId, int mode) {
        return sql.select(COHORT_INCLUSION_RESULT.INCLUSION_RULE_MASK, COHORT_INCLUSION_RESULT.PERSON_COUNT)
                .from(COHORT_INCLUSION_RESULT)
                .where(COHORT_INCLUSION_RESULT.COHORT_DEFINITION_ID.eq(cohortId))
                .and(COHORT_INCLUSION_RESULT.MODE_ID.eq(mode))
                .fetchMap(COHORT_INCLUSION_RESULT.INCLUSION_RULE_MASK, COHORT_INCLUSION_RESULT.PERSON_COUNT);
    }

    private static long holding(Map<Long, Long> counts, long required) {
        return counts.entrySet().stream().filter(entry -> (entry.getKey() & required) == required)
                .mapToLong(Map.Entry::getValue).sum();
    }
}
