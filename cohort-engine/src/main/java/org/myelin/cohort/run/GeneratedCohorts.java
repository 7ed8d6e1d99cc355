package org.myelin.cohort.run;

import static org.myelin.sql.jooq.results.Tables.COHORT_DEFINITION;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.jooq.DSLContext;

/** Which cohorts have been generated: a generation writes its cohort's {@code results.cohort_definition} row. */
public final class GeneratedCohorts {

    private GeneratedCohorts() {
    }

    /** The ids among {@code cohortIds} that have not been generated, in their order; one query for all. */
    public static List<Integer> missing(DSLContext sql, Collection<Integer> cohortIds) {
        Set<Integer> generated = Set.copyOf(sql.select(COHORT_DEFINITION.COHORT_DEFINITION_ID).from(COHORT_DEFINITION)
                .where(COHORT_DEFINITION.COHORT_DEFINITION_ID.in(cohortIds)).fetch(COHORT_DEFINITION.COHORT_DEFINITION_ID));
        return cohortIds.stream().filter(id -> !generated.contains(id)).distinct().toList();
    }

    /** Whether {@code cohortId} has been generated. */
    public static boolean exists(DSLContext sql, int cohortId) {
        return missing(sql, List.of(cohortId)).isEmpty();
    }
}
