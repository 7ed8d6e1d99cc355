package org.myelin.cohort.compile;

import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The statements that generate one cohort, in order, to run in one transaction: temporary tables (dropped at
 * commit), then the cohort's rows and statistics in the results schema, each replacing that cohort id's old rows.
 */
public record CohortPlan(int cohortId, int inclusionRuleCount, List<Query> statements) {

    public CohortPlan {
        statements = List.copyOf(statements);
    }

    /** The statements as SQL a reviewer can read, with the definition's values written inline. */
    public String render(DSLContext sql) {
        return statements.stream().map(statement -> sql.renderInlined(statement) + ";")
                .collect(Collectors.joining("\n\n", "", "\n"));
    }
}
