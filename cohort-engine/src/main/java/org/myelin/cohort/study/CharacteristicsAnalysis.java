package org.myelin.cohort.study;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * Baseline characteristics of each target and comparator at its first entry (the index date): age group, sex,
 * disease duration, EDSS at index, prior DMTs and relapses in the year before, in one statement for all cohorts.
 */
final class CharacteristicsAnalysis {

    static final ResultTable TABLE = ResultTable.of("characteristics.csv",
            "baseline characteristics of each target and comparator at its first entry",
            ResultColumn.label("cohort_id", "the study's cohort id"),
            ResultColumn.label("characteristic", "what is described"),
            ResultColumn.label("category", "the group within the characteristic, or 'with a value' for a continuous one"),
            ResultColumn.count("persons", "persons in the category (or with a value)"),
            ResultColumn.derived("percent", "persons as a percentage of the cohort's persons"),
            ResultColumn.derived("mean", "mean of the value (continuous characteristics)"),
            ResultColumn.derived("sd", "sample standard deviation of the value"),
            ResultColumn.derived("median", "median of the value"),
            ResultColumn.derived("p25", "25th percentile of the value"),
            ResultColumn.derived("p75", "75th percentile of the value"));

    // Each person's index date in each cohort and the facts before it, every cohort at once (one pass over each CDM
    // table); then one grouped select per characteristic. {1} is the array of cohort ids, in the study's order.
    private static final String QUERY = """
            with idx as (
              select distinct on (cohort_definition_id, subject_id) cohort_definition_id as cohort_id, subject_id,
                cohort_start_date as index_date
              from {0} where cohort_definition_id = any({1}) order by cohort_definition_id, subject_id, cohort_start_date),
            first_ms as (
              select cohort_id, subject_id, min(d) as d from (
                select idx.cohort_id, idx.subject_id, co.condition_start_date as d from idx join {4} co
                  on co.person_id = idx.subject_id and co.condition_concept_id = any({8})
                  and co.condition_start_date <= idx.index_date
                union all
                select idx.cohort_id, idx.subject_id, o.observation_date from idx join {5} o
                  on o.person_id = idx.subject_id and o.observation_concept_id = any({9})
                  and o.observation_date <= idx.index_date) records group by cohort_id, subject_id),
            edss as (
              select distinct on (idx.cohort_id, idx.subject_id) idx.cohort_id, idx.subject_id,
                m.value_as_number as score
              from idx join {6} m
                on m.person_id = idx.subject_id and m.measurement_concept_id = any({10})
                and m.value_as_number is not null
                and m.measurement_date between idx.index_date - 365 and idx.index_date
              order by idx.cohort_id, idx.subject_id, m.measurement_date desc, m.value_as_number desc),
            prior_dmts as (
              select idx.cohort_id, idx.subject_id, count(distinct dmt.ingredient) as drugs from idx join {7} de
                on de.person_id = idx.subject_id and de.drug_exposure_start_date < idx.index_date
              join unnest({12}, {13}) as dmt(concept_id, ingredient) on dmt.concept_id = de.drug_concept_id
              group by idx.cohort_id, idx.subject_id),
            relapses as (
              select idx.cohort_id, idx.subject_id, count(*) as relapses from idx join {4} r
                on r.person_id = idx.subject_id and r.condition_concept_id = any({11})
                and r.condition_start_date between idx.index_date - 365 and idx.index_date - 1
              group by idx.cohort_id, idx.subject_id),
            base as (
              select idx.cohort_id, extract(year from idx.index_date)::int - p.year_of_birth as age,
                coalesce(g.concept_name, 'unknown') as sex,
                (idx.index_date - first_ms.d) / 365.25 as duration, edss.score,
                coalesce(prior_dmts.drugs, 0) as drugs, coalesce(relapses.relapses, 0) as relapses
              from idx join {2} p on p.person_id = idx.subject_id
              left join {3} g on g.concept_id = p.gender_concept_id
              left join first_ms using (cohort_id, subject_id)
              left join edss using (cohort_id, subject_id)
              left join prior_dmts using (cohort_id, subject_id)
              left join relapses using (cohort_id, subject_id)),
            total as (select cohort_id, count(*) as n from base group by cohort_id),
            rows as (
              select cohort_id, 1 as ord, 'persons' as characteristic, 'all' as category, count(*) as persons,
                null::float8 as mean, null::float8 as sd, null::float8 as median, null::float8 as p25, null::float8 as p75
              from base group by 1
              union all
              select cohort_id, 2, 'age group at index', case when age < 18 then '0-17' when age < 30 then '18-29'
                  when age < 40 then '30-39' when age < 50 then '40-49' when age < 60 then '50-59' else '60+' end,
                count(*), null, null, null, null, null from base group by 1, 4
              union all
              select cohort_id, 3, 'sex', sex, count(*), null, null, null, null, null from base group by 1, 4
              union all
              select cohort_id, 4, 'disease duration at index (years)', 'with a value', count(*), avg(duration),
                stddev_samp(duration), percentile_cont(0.5) within group (order by duration),
                percentile_cont(0.25) within group (order by duration),
                percentile_cont(0.75) within group (order by duration)
              from base where duration is not null group by 1
              union all
              select cohort_id, 5, 'EDSS at index (latest in the year before)', 'with a value', count(*), avg(score),
                stddev_samp(score), percentile_cont(0.5) within group (order by score),
                percentile_cont(0.25) within group (order by score), percentile_cont(0.75) within group (order by score)
              from base where score is not null group by 1
              union all
              select cohort_id, 6, 'EDSS at index (latest in the year before)', case when score is null then 'none recorded'
                  when score < 3 then '0-2.5' when score < 6 then '3.0-5.5' else '6.0 or more' end,
                count(*), null, null, null, null, null from base group by 1, 4
              union all
              select cohort_id, 7, 'DMTs before index (distinct ingredients)', case when drugs >= 3 then '3 or more'
                  else drugs::text end, count(*), null, null, null, null, null from base group by 1, 4
              union all
              select cohort_id, 8, 'relapses in the year before index', case when relapses >= 2 then '2 or more'
                  else relapses::text end, count(*), null, null, null, null, null from base group by 1, 4)
            select cohort_id, characteristic, category, persons, 100.0 * persons / nullif(total.n, 0) as percent,
              mean, sd, median, p25, p75
            from rows join total using (cohort_id) where persons > 0
            order by array_position({1}, cohort_id), ord, category
            """;

    private CharacteristicsAnalysis() {
    }

    static ResultTable run(DSLContext sql, List<CohortReference> cohorts, StudyConcepts concepts) {
        Integer[] ids = CohortReference.ids(cohorts);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (Record row : sql.resultQuery(QUERY, COHORT, DSL.val(ids), PERSON, CONCEPT,
                CONDITION_OCCURRENCE, OBSERVATION, MEASUREMENT, DRUG_EXPOSURE,
                DSL.val(concepts.of(ConceptRole.MS_DIAGNOSIS)), DSL.val(concepts.of(ConceptRole.MS_ONSET)),
                DSL.val(concepts.of(ConceptRole.EDSS)), DSL.val(concepts.of(ConceptRole.RELAPSE)),
                DSL.val(concepts.of(ConceptRole.DMT)), DSL.val(concepts.dmtIngredients())).fetch()) {
            rows.add(ResultTable.values(row));
        }
        return TABLE.withRows(rows);
    }
}
