package org.myelin.cohort.study;

import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Time to the first outcome in each target (Kaplan-Meier), reported at every {@code interval} days from index: the
 * persons at risk at that time, the events and censorings since the previous time, and the survival with its
 * log-log 95% interval (Greenwood's variance), for every pair in one statement. The curve and its variance are
 * window sums in SQL, gathered into one bucket per time point and carried forward over the grid in one pass (the curve only falls and the variance
 * only grows, so the value at a time point is the running minimum or maximum); here only the interval is
 * transformed.
 */
final class KaplanMeierAnalysis {

    static final ResultTable TABLE = ResultTable.of("time_to_event.csv",
            "Kaplan-Meier estimate of staying free of each outcome in each target, from the first entry",
            ResultColumn.label("target_cohort_id", "the target cohort"),
            ResultColumn.label("outcome_cohort_id", "the outcome cohort"),
            ResultColumn.label("time_days", "days since index; the curve's value at the end of that day"),
            ResultColumn.count("at_risk", "persons still followed at the start of that day"),
            ResultColumn.count("events", "first outcomes since the previous time point (up to and including this day)"),
            ResultColumn.count("censored", "persons whose follow-up ended since the previous time point without outcome"),
            ResultColumn.derived("survival", "Kaplan-Meier probability of no outcome yet", "at_risk", "events"),
            ResultColumn.derived("ci95_lower", "lower 95% limit (log-log, Greenwood)", "at_risk", "events"),
            ResultColumn.derived("ci95_upper", "upper 95% limit (log-log, Greenwood)", "at_risk", "events"));

    private static final String QUERY = "with " + TimeAtRisk.CTE + """
            , steps as (
              select target_id, outcome_id, days, count(*) filter (where event) as d, count(*) filter (where not event) as c
              from tte group by target_id, outcome_id, days),
            curve as (
              select target_id, outcome_id, days, d, c,
                bool_or(d > 0 and d = sum_n) over pair as reached_zero,
                sum(case when d < sum_n then ln(1 - d::float8 / sum_n) else 0 end) over pair as log_survival,
                sum(case when d < sum_n then d::float8 / (sum_n * (sum_n - d)) else 0 end) over pair as greenwood
              from (select target_id, outcome_id, days, d, c,
                      sum(d + c) over (partition by target_id, outcome_id order by days desc) as sum_n
                    from steps) at_risk
              window pair as (partition by target_id, outcome_id order by days)),
            buckets as (
              select target_id, outcome_id, ((days + {3} - 1) / {3}) * {3} as t, sum(d) as d, sum(c) as c,
                sum(d + c) filter (where days % {3} = 0) as on_t, min(log_survival) as log_survival,
                max(greenwood) as greenwood, bool_or(reached_zero) as reached_zero
              from curve group by target_id, outcome_id, 3),
            totals as (
              select target_id, outcome_id, sum(d + c) as n, max(days) as max_days from steps
              group by target_id, outcome_id),
            grid as (
              select pairs.target_id, pairs.outcome_id, pairs.target_order, pairs.outcome_order, totals.n, g * {3} as t
              from pairs left join totals using (target_id, outcome_id)
              cross join lateral generate_series(0, (coalesce(totals.max_days, 0) + {3} - 1) / {3}) g)
            select grid.target_id, grid.outcome_id, grid.t,
              coalesce(grid.n - coalesce(sum(b.d + b.c) over w, 0) + coalesce(b.on_t, 0), 0) as at_risk,
              coalesce(b.d, 0) as events, coalesce(b.c, 0) as censored,
              case when bool_or(b.reached_zero) over w then 0 else exp(coalesce(min(b.log_survival) over w, 0)) end
                as survival,
              coalesce(max(b.greenwood) over w, 0) as greenwood
            from grid left join buckets b using (target_id, outcome_id, t)
            window w as (partition by grid.target_id, grid.outcome_id order by grid.t)
            order by grid.target_order, grid.outcome_order, grid.t
            """;

    private static final double Z = 1.959963984540054;

    private KaplanMeierAnalysis() {
    }

    static ResultTable run(DSLContext sql, List<CohortReference> targets, List<CohortReference> outcomes, int interval) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Record point : sql.resultQuery(QUERY, COHORT, DSL.val(CohortReference.ids(targets)),
                DSL.val(CohortReference.ids(outcomes)), DSL.inline(interval)).fetch()) {
            double survival = point.get(6, Double.class);
            double greenwood = point.get(7, Double.class);
            rows.add(new ArrayList<>(List.of(point.get(0, Integer.class), point.get(1, Integer.class),
                    point.get(2, Integer.class), point.get(3, Long.class), point.get(4, Long.class),
                    point.get(5, Long.class), survival, limit(survival, greenwood, -1), limit(survival, greenwood, 1))));
        }
        return TABLE.withRows(rows);
    }

    /** The log-log interval exp(-exp(log(-log S) ± z·se)), which stays within [0, 1]; S at 0 or 1 is its own limit. */
    private static double limit(double survival, double greenwood, int side) {
        if (survival <= 0 || survival >= 1) {
            return survival;
        }
        double logMinusLog = Math.log(-Math.log(survival));
        double se = Math.sqrt(greenwood) / Math.abs(Math.log(survival));
        return Math.exp(-Math.exp(logMinusLog - side * Z * se));
    }
}
