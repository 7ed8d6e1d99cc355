package org.myelin.cohort.outcome;

import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.results.Tables.COHORT_DEFINITION;

import java.math.BigDecimal;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;
import org.myelin.cohort.compile.DateMath;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;

/**
 * The annualised relapse rate, an aggregate rather than a cohort: the relapse events are the library's relapse cohort
 * (1008, one period per relapse, onsets within 30 days one relapse), counted inside each period of a target cohort
 * and divided by the target's person-years. The study runner calls it per target cohort and applies the minimum cell
 * count to the relapse and person counts.
 */
public final class RelapseRates {

    private final DataSource dataSource;
    private final Schemas schemas;

    public RelapseRates(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /**
     * The relapse rate of {@code targetCohortId}, counting the events of {@code relapseCohortId}; either cohort not
     * generated yet is a {@link UserError}.
     */
    public RelapseRate of(int targetCohortId, int relapseCohortId) {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        for (int cohortId : new int[] {targetCohortId, relapseCohortId}) {
            if (!sql.fetchExists(COHORT_DEFINITION, COHORT_DEFINITION.COHORT_DEFINITION_ID.eq(cohortId))) {
                throw new UserError("annualised relapse rate: cohort " + cohortId + " has not been generated; generate it first");
            }
        }
        var t = COHORT.as("t");
        var r = COHORT.as("r");
        Record2<Integer, BigDecimal> followUp = sql.select(DSL.countDistinct(t.SUBJECT_ID),
                        DSL.sum(DateMath.daysBetween(t.COHORT_START_DATE, t.COHORT_END_DATE).plus(1)))
                .from(t).where(t.COHORT_DEFINITION_ID.eq(targetCohortId)).fetchSingle();
        int relapses = sql.fetchCount(DSL.selectOne().from(t).join(r).on(r.SUBJECT_ID.eq(t.SUBJECT_ID))
                .and(r.COHORT_DEFINITION_ID.eq(relapseCohortId))
                .and(r.COHORT_START_DATE.between(t.COHORT_START_DATE, t.COHORT_END_DATE))
                .where(t.COHORT_DEFINITION_ID.eq(targetCohortId)));
        double days = followUp.value2() == null ? 0 : followUp.value2().doubleValue();
        return new RelapseRate(followUp.value1(), relapses, days / 365.25);
    }
}
