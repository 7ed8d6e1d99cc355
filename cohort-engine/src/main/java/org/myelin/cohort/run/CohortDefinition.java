package org.myelin.cohort.run;

import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.CohortExpression;

/** A cohort to generate: its id in the results tables, its name, the parsed expression and the JSON it came from. */
public record CohortDefinition(int cohortId, String name, @Nullable String description, CohortExpression expression,
        String json) {
}
