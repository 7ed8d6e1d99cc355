package org.myelin.cohort.study;

import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.results.Tables.COHORT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
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

    // Both tables in one statement, so that the lines are computed once: kind 1 rows are treatment lines, kind 2
    // sequences, each in its table's order (ord).
    private static final String QUERY = LINES_CTE + """
            , line_rows as (
              select members.cohort_id, case named.line when 1 then 'first' when 2 then 'second' else 'third' end
                  as label,
                named.drug, count(*) as persons, 100.0 * count(*) / nullif(max(total.n), 0) as percent,
                row_number() over (order by array_position({1}, members.cohort_id), named.line, count(*) desc,
                  named.drug) as ord
              from members join named on named.person_id = members.subject_id join total using (cohort_id)
              group by members.cohort_id, named.line, named.drug),
            sequences as (
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
              from counted),
            sequence_rows as (
              select cohort_id, sequence, lines, sum(persons)::bigint as persons,
                100.0 * sum(persons) / nullif(max(total.n), 0) as percent,
                row_number() over (order by array_position({1}, cohort_id), lines is null, sum(persons) desc,
                  sequence) as ord
              from pooled join total using (cohort_id) group by cohort_id, sequence, lines)
            select 1 as kind, cohort_id, label, drug, null::bigint as lines, persons, percent, ord from line_rows
            union all
            select 2, cohort_id, sequence, null, lines, persons, percent, ord from sequence_rows
            order by kind, ord
            """;

    private static final int[] LINE_COLUMNS = {1, 2, 3, 5, 6};
    private static final int[] SEQUENCE_COLUMNS = {1, 2, 4, 5, 6};

    private TreatmentSequenceAnalysis() {
    }

    static List<ResultTable> run(DSLContext sql, List<CohortReference> targets, StudyConcepts concepts,
            int minCellCount) {
        Integer[] ids = CohortReference.ids(targets);
        Object[] parts = {COHORT, DSL.val(ids), DRUG_EXPOSURE, DSL.val(concepts.of(ConceptRole.DMT)),
            DSL.val(concepts.dmtIngredients()), CONCEPT, DSL.inline(Math.max(minCellCount, 1))};
        List<List<@Nullable Object>> lines = new ArrayList<>();
        List<List<@Nullable Object>> sequences = new ArrayList<>();
        for (Record row : sql.resultQuery(QUERY, parts).fetch()) {
            List<@Nullable Object> values = ResultTable.values(row);
            boolean line = row.get(0, Integer.class) == 1;
            (line ? lines : sequences).add(Arrays.stream(line ? LINE_COLUMNS : SEQUENCE_COLUMNS)
                    .mapToObj(values::get).collect(Collectors.toCollection(ArrayList::new)));
        }
        return List.of(SEQUENCES.withRows(sequences), LINES.withRows(lines));
    }
}
