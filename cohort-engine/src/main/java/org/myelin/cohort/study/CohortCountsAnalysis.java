package org.myelin.cohort.study;

import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.run.AttritionStep;
import org.myelin.cohort.run.CohortGeneration;

/** Persons and entries per study cohort (one grouped statement), and the attrition of the cohorts the study generated. */
final class CohortCountsAnalysis {

    static final ResultTable COUNTS = ResultTable.of("cohort_counts.csv", "persons and entries of every study cohort",
            ResultColumn.label("cohort_id", "the study's cohort id"),
            ResultColumn.label("cohort_name", "the cohort's name"),
            ResultColumn.label("role", "target, comparator or outcome"),
            ResultColumn.label("source", "library key, definition file name, or 'generated before the study'"),
            ResultColumn.count("persons", "distinct persons with an entry"),
            ResultColumn.count("entries", "cohort periods (entries)"));

    static final ResultTable ATTRITION = ResultTable.of("attrition.csv",
            "attrition of each cohort the study generated: persons and events left after each step",
            ResultColumn.label("cohort_id", "the study's cohort id"),
            ResultColumn.label("step", "0 for the qualifying events, then each inclusion rule in order, then the "
                    + "final cohort"),
            ResultColumn.label("label", "what the step keeps"),
            ResultColumn.count("persons", "persons left"),
            ResultColumn.count("events", "events (or cohort periods, for the last step) left"),
            ResultColumn.derived("percent_persons", "persons left as a percentage of the first step's persons",
                    "persons"));

    private static final String QUERY = """
            select ids.id, count(distinct c.subject_id), count(c.subject_id)
            from unnest({1}) as ids(id) left join {0} c on c.cohort_definition_id = ids.id group by ids.id
            """;

    private CohortCountsAnalysis() {
    }

    static ResultTable counts(DSLContext sql, List<CohortReference> cohorts) {
        Integer[] ids = CohortReference.ids(cohorts);
        Map<Integer, Record> counted = sql.resultQuery(QUERY, COHORT, DSL.val(ids)).fetchMap(record -> record.get(0, Integer.class));
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (CohortReference cohort : cohorts) {
            Record row = counted.get(cohort.cohortId());
            rows.add(new ArrayList<>(List.of(cohort.cohortId(), cohort.name(), cohort.role().label(), source(cohort),
                    row.get(1, Long.class), row.get(2, Long.class))));
        }
        return COUNTS.withRows(rows);
    }

    static ResultTable attrition(List<CohortGeneration> generations) {
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (CohortGeneration generation : generations) {
            List<AttritionStep> steps = new ArrayList<>(generation.attrition());
            steps.add(new AttritionStep("Final cohort", generation.persons(), generation.periods()));
            long first = steps.getFirst().persons();
            for (int i = 0; i < steps.size(); i++) {
                AttritionStep step = steps.get(i);
                rows.add(new ArrayList<>(List.of(generation.cohortId(), i, step.label(), step.persons(), step.events(),
                        first == 0 ? 0.0 : 100.0 * step.persons() / first)));
            }
        }
        return ATTRITION.withRows(rows);
    }

    private static String source(CohortReference cohort) {
        return switch (cohort.source()) {
            case LIBRARY -> "library " + cohort.location();
            case FILE -> "file " + java.nio.file.Path.of(cohort.location()).getFileName();
            case OUTCOME -> "MS outcome: " + cohort.location();
            case GENERATED -> "generated before the study";
        };
    }
}
