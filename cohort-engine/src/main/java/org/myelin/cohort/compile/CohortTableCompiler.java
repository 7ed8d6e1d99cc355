package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.greatest;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.results.Tables.COHORT_CENSOR_STATS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.Period;

/**
 * Replaces a cohort id's rows in {@code results.cohort} with {@code final_cohort}, clipped to the censor window; with
 * a censor window, {@code cohort_censor_stats} gets the number of persons the window removed.
 */
final class CohortTableCompiler {

    private final DSLContext sql;

    CohortTableCompiler(DSLContext sql) {
        this.sql = sql;
    }

    List<Query> compile(int cohortId, @Nullable Period censorWindow) {
        List<Query> queries = new ArrayList<>();
        queries.add(sql.deleteFrom(COHORT).where(COHORT.COHORT_DEFINITION_ID.eq(val(cohortId))));
        Field<LocalDate> start = Events.of("co", Events.START_DATE);
        Field<LocalDate> end = Events.of("co", Events.END_DATE);
        Condition inWindow = noCondition();
        boolean windowed = censorWindow != null && (censorWindow.startDate() != null || censorWindow.endDate() != null);
        if (censorWindow != null && censorWindow.startDate() != null) {
            Field<LocalDate> windowStart = val(censorWindow.startDate());
            inWindow = inWindow.and(end.ge(windowStart));
            start = greatest(start, windowStart);
        }
        if (censorWindow != null && censorWindow.endDate() != null) {
            Field<LocalDate> windowEnd = val(censorWindow.endDate());
            inWindow = inWindow.and(Events.of("co", Events.START_DATE).le(windowEnd));
            end = least(end, windowEnd);
        }
        queries.add(sql.insertInto(COHORT, COHORT.COHORT_DEFINITION_ID, COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE,
                        COHORT.COHORT_END_DATE)
                .select(select(val(cohortId), Events.of("co", Events.PERSON_ID), start, end)
                        .from(ExitCompiler.FINAL_COHORT.as("co"))
                        .where(inWindow)));
        queries.add(sql.deleteFrom(COHORT_CENSOR_STATS).where(COHORT_CENSOR_STATS.COHORT_DEFINITION_ID.eq(val(cohortId))));
        if (windowed) {
            Field<Integer> before = select(countDistinct(Events.PERSON_ID)).from(ExitCompiler.FINAL_COHORT).asField();
            Field<Integer> after = select(countDistinct(COHORT.SUBJECT_ID)).from(COHORT)
                    .where(COHORT.COHORT_DEFINITION_ID.eq(val(cohortId))).asField();
            queries.add(sql.insertInto(COHORT_CENSOR_STATS, COHORT_CENSOR_STATS.COHORT_DEFINITION_ID, COHORT_CENSOR_STATS.LOST_COUNT)
                    .select(select(val(cohortId), coalesce(before.minus(after), val(0)).cast(SQLDataType.BIGINT))));
        }
        return queries;
    }
}
