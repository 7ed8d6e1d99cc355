package org.myelin.cohort.study;

/**
 * The follow-up shared by incidence and time to event, for every target and outcome pair at once: each target
 * person's first cohort period is the time at risk, from its start to the first outcome start within it (an event)
 * or to the period's end (censored). The fragment defines the CTEs {@code pairs(target_id, outcome_id)}, every pair in
 * the study's order, and {@code tte(target_id, outcome_id, subject_id, days, event)}; placeholders {0} the cohort
 * table, {1} the array of target ids and {2} the array of outcome ids.
 */
final class TimeAtRisk {

    static final String CTE = """
            pairs as (
              select t.target_id, o.outcome_id, t.target_order, o.outcome_order
              from unnest({1}) with ordinality as t(target_id, target_order)
              cross join unnest({2}) with ordinality as o(outcome_id, outcome_order)),
            target as (
              select distinct on (cohort_definition_id, subject_id) cohort_definition_id as target_id, subject_id,
                cohort_start_date as start_date, cohort_end_date as end_date
              from {0} where cohort_definition_id = any({1})
              order by cohort_definition_id, subject_id, cohort_start_date),
            first_outcome as (
              select target.target_id, o.cohort_definition_id as outcome_id, target.subject_id,
                min(o.cohort_start_date) as outcome_date
              from target join {0} o
                on o.subject_id = target.subject_id and o.cohort_definition_id = any({2})
                and o.cohort_start_date between target.start_date and target.end_date
              group by target.target_id, o.cohort_definition_id, target.subject_id),
            tte as (
              select target.target_id, pairs.outcome_id, target.subject_id,
                coalesce(f.outcome_date, target.end_date) - target.start_date as days, f.outcome_date is not null as event
              from target join pairs on pairs.target_id = target.target_id
              left join first_outcome f on f.target_id = target.target_id and f.outcome_id = pairs.outcome_id
                and f.subject_id = target.subject_id)
            """;

    private TimeAtRisk() {
    }
}
