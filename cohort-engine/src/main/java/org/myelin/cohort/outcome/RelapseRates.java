package org.myelin.cohort.outcome;

import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.compile.DateMath;
import org.myelin.cohort.run.GeneratedCohorts;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * The annualised relapse rate, an aggregate rather than a cohort: the relapse events are the library's relapse cohort
 * (1008, one period per relapse, onsets within 30 days one relapse), counted inside each period of a target cohort
 * and divided by the target's person-years. The study runner applies the minimum cell count to the relapse and person
 * counts.
 *
 * <p>One statement for all targets: each target's persons and days ({@code follow_up}, grouped by cohort) left joined
 * to its relapses ({@code counted}: the target periods joined to the relapse periods starting inside them, grouped by
 * cohort).
 */
public final class RelapseRates {

    private static final RelapseRate NONE = new RelapseRate(0, 0, 0);

    private final DataSource dataSource;
    private final Schemas schemas;

    public RelapseRates(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /**
     * The relapse rate of each of {@code targetCohortIds}, in their order, counting the events of
     * {@code relapseCohortId}; a cohort not generated yet is a {@link UserError}.
     */
    public List<RelapseRate> of(List<Integer> targetCohortIds, int relapseCohortId) {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        List<Integer> cohorts = new ArrayList<>(targetCohortIds);
        cohorts.add(relapseCohortId);
        List<Integer> missing = GeneratedCohorts.missing(sql, cohorts);
        if (!missing.isEmpty()) {
            throw new UserError("annualised relapse rate: cohort " + missing.getFirst()
                    + " has not been generated; generate it first");
        }
        var t = COHORT.as("t");
        var r = COHORT.as("r");
        Field<Integer> cohort = t.COHORT_DEFINITION_ID.as("cohort_id");
        Table<?> followUp = DSL.select(cohort, DSL.countDistinct(t.SUBJECT_ID).as("persons"),
                        DSL.sum(DateMath.daysBetween(t.COHORT_START_DATE, t.COHORT_END_DATE).plus(1)).as("days"))
                .from(t).where(t.COHORT_DEFINITION_ID.in(targetCohortIds)).groupBy(t.COHORT_DEFINITION_ID)
                .asTable("follow_up");
        Table<?> counted = DSL.select(cohort, DSL.count().as("relapses"))
                .from(t).join(r).on(r.SUBJECT_ID.eq(t.SUBJECT_ID)).and(r.COHORT_DEFINITION_ID.eq(relapseCohortId))
                .and(r.COHORT_START_DATE.between(t.COHORT_START_DATE, t.COHORT_END_DATE))
                .where(t.COHORT_DEFINITION_ID.in(targetCohortIds)).groupBy(t.COHORT_DEFINITION_ID)
                .asTable("counted");
        Field<Integer> followed = followUp.field("cohort_id", Integer.class);
        Map<Integer, RelapseRate> rates = sql.select(followed, followUp.field("persons", Integer.class),
                        followUp.field("days", BigDecimal.class), counted.field("relapses", Integer.class))
                .from(followUp).leftJoin(counted).on(counted.field("cohort_id", Integer.class).eq(followed))
                .fetchMap(row -> row.value1(), row -> new RelapseRate(row.value2(),
                        row.value4() == null ? 0 : row.value4(), longOf(row.value3()) / 365.25));
        return targetCohortIds.stream().map(id -> rates.getOrDefault(id, NONE)).toList();
    }

    private static long longOf(@Nullable BigDecimal sum) {
        return sum == null ? 0 : sum.longValue();
    }
}
