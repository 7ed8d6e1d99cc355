package org.myelin.cohort.compile;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.Table;
import org.jooq.conf.RenderKeywordCase;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.sql.Schemas;

/**
 * Compiles a Circe cohort expression to the PostgreSQL statements that generate it, with Circe's semantics: codesets,
 * primary events within observation periods, additional criteria, inclusion rules per event, limits, end strategy,
 * censoring, era collapse and censor window. Values from the definition are bind values; names come from the
 * generated jOOQ model, mapped to the configured schemas.
 */
public final class CohortCompiler {

    private final DSLContext sql;
    private final Schemas schemas;

    public CohortCompiler(Schemas schemas) {
        this.schemas = schemas;
        this.sql = DSL.using(Schemas.dialect(), schemas.settings().withRenderKeywordCase(RenderKeywordCase.LOWER)
                .withRenderFormatted(true));
    }

    /** The statements, not attached to any database; {@link CohortPlan#render} shows them as SQL. */
    public CohortPlan compile(CohortExpression expression, int cohortId) {
        return compile(expression, cohortId, Codesets.resolved(sql, expression.conceptSets()), DomainRows.CDM, null);
    }

    /**
     * Compiles many cohorts to run as a batch: concept sets resolved once into one shared codeset table, and one pass
     * per domain table for the criteria of all cohorts; {@code cohortIds} gives each expression's cohort id.
     */
    public BatchPlan compileBatch(List<CohortExpression> expressions, List<Integer> cohortIds) {
        return new BatchCompiler(this, sql, schemas).compile(expressions, cohortIds);
    }

    /**
     * A cohort's statements, with the codesets table made by {@code codesets}, domain records read from {@code rows}
     * and the primary events copied from {@code sharedPrimaryEvents} when a batch computed them already.
     */
    CohortPlan compile(CohortExpression expression, int cohortId, Codesets.Setup codesets, DomainRows rows,
            @Nullable Table<?> sharedPrimaryEvents) {
        CriteriaCompiler criteria = new CriteriaCompiler(rows);
        List<Query> statements = new ArrayList<>(codesets.create());
        statements.addAll(new EntryEventsCompiler(sql, criteria, sharedPrimaryEvents).compile(expression));
        statements.add(analyze(EntryEventsCompiler.INCLUDED_EVENTS));
        statements.addAll(new ExitCompiler(sql, criteria).compile(expression));
        statements.addAll(new CohortTableCompiler(sql).compile(cohortId, expression.censorWindow()));
        statements.addAll(new InclusionStatisticsCompiler(sql).compile(cohortId, expression.inclusionRules()));
        statements.addAll(codesets.drop());
        return new CohortPlan(cohortId, expression.inclusionRules().size(), statements);
    }

    /** Temporary tables have no statistics until analysed; the planner needs them for large codesets and event sets. */
    private Query analyze(Table<?> table) {
        return sql.query("analyze {0}", table);
    }

    /** The SQL that generating the cohort runs, with the definition's values inline, for review. */
    public String sql(CohortExpression expression, int cohortId) {
        return compile(expression, cohortId).render(sql);
    }
}
