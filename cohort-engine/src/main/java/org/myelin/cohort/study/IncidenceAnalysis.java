package org.myelin.cohort.study;

import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Incidence of each outcome within each target: persons with a first outcome in their time at risk per 1,000
 * person-years, with the exact Poisson 95% interval. Counting is one statement for every pair; only the interval's
 * gamma quantiles are computed here.
 */
final class IncidenceAnalysis {

    static final ResultTable TABLE = ResultTable.of("incidence.csv",
            "incidence of each outcome in each target's first cohort period (the time at risk)",
            ResultColumn.label("target_cohort_id", "the target cohort"),
            ResultColumn.label("outcome_cohort_id", "the outcome cohort"),
            ResultColumn.count("persons", "target persons at risk"),
            ResultColumn.count("outcomes", "persons with an outcome start within their time at risk (first only)"),
            ResultColumn.derived("person_years", "time at risk until the first outcome or the period's end, in "
                    + "years of 365.25 days", "persons"),
            ResultColumn.derived("incidence_per_1000_py", "outcomes per 1,000 person-years"),
            ResultColumn.derived("ci95_lower", "exact Poisson 95% lower limit per 1,000 person-years"),
            ResultColumn.derived("ci95_upper", "exact Poisson 95% upper limit per 1,000 person-years"));

    private static final String QUERY = "with " + TimeAtRisk.CTE + """
            , counted as (
              select target_id, outcome_id, count(*) as persons, count(*) filter (where event) as events,
                sum(days) as days
              from tte group by target_id, outcome_id)
            select pairs.target_id, pairs.outcome_id, coalesce(counted.persons, 0), coalesce(counted.events, 0),
              coalesce(counted.days, 0) / 365.25
            from pairs left join counted using (target_id, outcome_id)
            order by pairs.target_order, pairs.outcome_order
            """;

    private IncidenceAnalysis() {
    }

    static ResultTable run(DSLContext sql, List<CohortReference> targets, List<CohortReference> outcomes) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Record row : sql.resultQuery(QUERY, COHORT, DSL.val(CohortReference.ids(targets)),
                DSL.val(CohortReference.ids(outcomes))).fetch()) {
            long persons = row.get(2, Long.class);
            long events = row.get(3, Long.class);
            double years = row.get(4, Double.class);
            List<@Nullable Object> values = new ArrayList<>(List.of(row.get(0, Integer.class), row.get(1, Integer.class),
                    persons, events, years));
            values.addAll(PoissonInterval.rateWithLimits(events, years, 1000.0));
            rows.add(values);
        }
        return TABLE.withRows(rows);
    }
}
