package org.myelin.cohort.compile;

import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Query;

/**
 * The statements that generate one cohort, in order, to run in one transaction: temporary tables (dropped at
 * commit; a batch cohort's codesets are a view, dropped by its last statement), then the cohort's rows and
 * statistics in the results schema, each replacing that cohort id's old rows.
 */
public record CohortPlan(int cohortId, int inclusionRuleCount, List<Query> statements) {

    public CohortPlan {
        statements = List.copyOf(statements);
    }

    /**
     * The statements as SQL a reviewer can read, with the definition's values written inline, in the one transaction
     * they need (the temporary tables live until its commit).
     */
    public String render(DSLContext sql) {
        return statements.stream().map(statement -> sql.renderInlined(statement) + ";")
                .collect(Collectors.joining("\n\n", "begin;\n\n", "\n\ncommit;\n"));
    }
}
