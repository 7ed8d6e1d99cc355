package org.myelin.cohort.study;

import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * DMT lines of each target's persons over their whole record: the distinct DMT ingredients in the order each was first
 * started, the first three being the first, second and third line. Sequences shared by fewer persons than the minimum
 * cell count are pooled into one row, so that no sequence names a single person's history.
 */
final class TreatmentSequenceAnalysis {

    static final ResultTable LINES = ResultTable.of("treatment_lines.csv",
            "the DMT (ingredient) of each treatment line among each target's persons",
            ResultColumn.label("target_cohort_id", "the target cohort"),
            ResultColumn.label("line", "first, second or third DMT started"),
            ResultColumn.label("drug", "the DMT ingredient"),
            ResultColumn.count("persons", "persons whose line was that drug"),
            ResultColumn.derived("percent", "persons as a percentage of the target's persons"));

    static final ResultTable SEQUENCES = ResultTable.of("treatment_sequences.csv",
            "sequences of the first three DMT lines among each target's persons",
            ResultColumn.label("target_cohort_id", "the target cohort"),
            ResultColumn.label("sequence", "DMT ingredients in the order first started, joined by ' > '; or "
                    + "'no DMT recorded', or the pooled rare sequences"),
            ResultColumn.label("lines", "number of lines in the sequence (0 to 3; empty for the pooled row)"),
            ResultColumn.count("persons", "persons with that sequence"),
            ResultColumn.derived("percent", "persons as a percentage of the target's persons"));

    // Every target at once: each person's lines are computed once, whatever the targets they belong to; {1} is the
    // array of target ids, in the study's order.
    private static final String LINES_CTE = """
            with members as (
              select distinct cohort_definition_id as cohort_id, subject_id from {0}
              where cohort_definition_id = any({1})),
            starts as (
              select de.person_id, dmt.ingredient, min(de.drug_exposure_start_date) as first_start
              from (select distinct subject_id from members) persons
              join {2} de on de.person_id = persons.subject_id
              join unnest({3}, {4}) as dmt(concept_id, ingredient) on dmt.concept_id = de.drug_concept_id
              group by de.person_id, dmt.ingredient),
            lines as (
              select person_id, ingredient,
                row_number() over (partition by person_id order by first_start, ingredient) as line
              from starts),
            named as (
              select lines.person_id, lines.line, regexp_replace(c.concept_name, '^Myelin site concept: ', '') as drug
              from lines join {5} c on c.concept_id = lines.ingredient where lines.line <= 3),
            total as (select cohort_id, count(*) as n from members group by cohort_id)
            """;

    private static final String LINES_QUERY = LINES_CTE + """
            select members.cohort_id, case named.line when 1 then 'first' when 2 then 'second' else 'third' end,
              named.drug, count(*), 100.0 * count(*) / nullif(max(total.n), 0)
            from members join named on named.person_id = members.subject_id join total using (cohort_id)
            group by members.cohort_id, named.line, named.drug
            order by array_position({1}, members.cohort_id), named.line, count(*) desc, named.drug
            """;

    private static final String SEQUENCES_QUERY = LINES_CTE + """
            , sequences as (
              select members.cohort_id, members.subject_id,
                coalesce(string_agg(named.drug, ' > ' order by named.line), 'no DMT recorded') as sequence,
                count(named.line) as lines
              from members left join named on named.person_id = members.subject_id
              group by members.cohort_id, members.subject_id),
            counted as (
              select cohort_id, sequence, lines, count(*) as persons from sequences group by cohort_id, sequence, lines),
            pooled as (
              select cohort_id, case when persons >= {6} or lines = 0 then sequence
                  else 'other sequences (each of fewer than ' || {6} || ' persons)' end as sequence,
                case when persons >= {6} or lines = 0 then lines end as lines, persons
              from counted)
            select cohort_id, sequence, lines, sum(persons)::bigint as persons,
              100.0 * sum(persons) / nullif(max(total.n), 0)
            from pooled join total using (cohort_id) group by cohort_id, sequence, lines
            order by array_position({1}, cohort_id), lines is null, sum(persons) desc, sequence
            """;

    private TreatmentSequenceAnalysis() {
    }

    static List<ResultTable> run(DSLContext sql, List<CohortReference> targets, StudyConcepts concepts,
            int minCellCount) {
        Integer[] ids = CohortReference.ids(targets);
        Object[] parts = {COHORT, DSL.val(ids), DRUG_EXPOSURE, DSL.val(concepts.of(ConceptRole.DMT)),
            DSL.val(concepts.dmtIngredients()), CONCEPT, DSL.inline(Math.max(minCellCount, 1))};
        List<List<@Nullable Object>> lines = new ArrayList<>();
        for (Record row : sql.resultQuery(LINES_QUERY, parts).fetch()) {
            lines.add(new ArrayList<>(List.of(row.get(0, Integer.class), row.get(1), row.get(2), row.get(3, Long.class),
                    row.get(4, Double.class))));
        }
        List<List<@Nullable Object>> sequences = new ArrayList<>();
        for (Record row : sql.resultQuery(SEQUENCES_QUERY, parts).fetch()) {
            List<@Nullable Object> values = new ArrayList<>();
            values.add(row.get(0, Integer.class));
            values.add(row.get(1));
            values.add(row.get(2));
            values.add(row.get(3, Long.class));
            values.add(row.get(4, Double.class));
            sequences.add(values);
        }
        return List.of(SEQUENCES.withRows(sequences), LINES.withRows(lines));
    }
}
