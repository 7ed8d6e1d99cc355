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

    private static final String LINES_CTE = """
            with members as (select distinct subject_id from {0} where cohort_definition_id = {1}),
            starts as (
              select de.person_id, dmt.ingredient, min(de.drug_exposure_start_date) as first_start
              from members join {2} de on de.person_id = members.subject_id
              join unnest({3}, {4}) as dmt(concept_id, ingredient) on dmt.concept_id = de.drug_concept_id
              group by de.person_id, dmt.ingredient),
            lines as (
              select person_id, ingredient,
                row_number() over (partition by person_id order by first_start, ingredient) as line
              from starts),
            named as (
              select lines.person_id, lines.line, regexp_replace(c.concept_name, '^Myelin site concept: ', '') as drug
              from lines join {5} c on c.concept_id = lines.ingredient where lines.line <= 3),
            total as (select count(*) as n from members)
            """;

    private static final String LINES_QUERY = LINES_CTE + """
            select case line when 1 then 'first' when 2 then 'second' else 'third' end, drug, count(*),
              100.0 * count(*) / nullif(max(total.n), 0)
            from named cross join total group by line, drug order by line, count(*) desc, drug
            """;

    private static final String SEQUENCES_QUERY = LINES_CTE + """
            , sequences as (
              select members.subject_id, coalesce(string_agg(named.drug, ' > ' order by named.line), 'no DMT recorded')
                as sequence, count(named.line) as lines
              from members left join named on named.person_id = members.subject_id group by members.subject_id),
            counted as (select sequence, lines, count(*) as persons from sequences group by sequence, lines),
            pooled as (
              select case when persons >= {6} or lines = 0 then sequence
                  else 'other sequences (each of fewer than ' || {6} || ' persons)' end as sequence,
                case when persons >= {6} or lines = 0 then lines end as lines, persons
              from counted)
            select sequence, lines, sum(persons)::bigint as persons, 100.0 * sum(persons) / nullif(max(total.n), 0)
            from pooled cross join total group by sequence, lines
            order by lines is null, sum(persons) desc, sequence
            """;

    private TreatmentSequenceAnalysis() {
    }

    static List<ResultTable> run(DSLContext sql, List<CohortReference> targets, StudyConcepts concepts,
            int minCellCount) {
        List<List<@Nullable Object>> lines = new ArrayList<>();
        List<List<@Nullable Object>> sequences = new ArrayList<>();
        for (CohortReference target : targets) {
            Object[] parts = {COHORT, DSL.val(target.cohortId()), DRUG_EXPOSURE, DSL.val(concepts.of(ConceptRole.DMT)),
                DSL.val(concepts.dmtIngredients()), CONCEPT, DSL.inline(Math.max(minCellCount, 1))};
            for (Record row : sql.resultQuery(LINES_QUERY, parts).fetch()) {
                lines.add(new ArrayList<>(List.of(target.cohortId(), row.get(0), row.get(1), row.get(2, Long.class),
                        row.get(3, Double.class))));
            }
            for (Record row : sql.resultQuery(SEQUENCES_QUERY, parts).fetch()) {
                List<@Nullable Object> values = new ArrayList<>();
                values.add(target.cohortId());
                values.add(row.get(0));
                values.add(row.get(1));
                values.add(row.get(2, Long.class));
                values.add(row.get(3, Double.class));
                sequences.add(values);
            }
        }
        return List.of(SEQUENCES.withRows(sequences), LINES.withRows(lines));
    }
}
