package org.myelin.cohort.study;

/**
 * The follow-up shared by incidence and time to event: each target person's first cohort period is the time at risk,
 * from its start to the first outcome start within it (an event) or to the period's end (censored). The fragment
 * defines a CTE {@code tte(subject_id, days, event)}; placeholders {0} the cohort table, {1} the target and {2} the
 * outcome cohort id.
 */
final class TimeAtRisk {

    static final String CTE = """
            target as (
              select distinct on (subject_id) subject_id, cohort_start_date as start_date, cohort_end_date as end_date
              from {0} where cohort_definition_id = {1} order by subject_id, cohort_start_date),
            first_outcome as (
              select target.subject_id, min(o.cohort_start_date) as outcome_date from target join {0} o
                on o.subject_id = target.subject_id and o.cohort_definition_id = {2}
                and o.cohort_start_date between target.start_date and target.end_date
              group by target.subject_id),
            tte as (
              select target.subject_id, coalesce(first_outcome.outcome_date, target.end_date) - target.start_date as days,
                first_outcome.outcome_date is not null as event
              from target left join first_outcome on first_outcome.subject_id = target.subject_id)
            """;

    private TimeAtRisk() {
    }
}
