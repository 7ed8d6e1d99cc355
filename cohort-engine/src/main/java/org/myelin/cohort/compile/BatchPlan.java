package org.myelin.cohort.compile;

import java.util.List;
import org.jooq.Query;

/**
 * The statements of a batch of cohorts, in order: the shared codeset table; the shared domain tables; the shared
 * primary events of cohorts that have the same ones; each cohort's plan reading them; and at the end the statements
 * that drop the shared tables, to run whether or not the cohorts succeeded. The tables within each of the two shared
 * stages are independent of one another, so they can be built side by side.
 */
public record BatchPlan(List<Query> sharedCodesets, List<List<Query>> sharedDomainTables,
        List<List<Query>> sharedPrimaryEvents, List<CohortPlan> cohorts, List<Query> dropShared) {

    public BatchPlan {
        sharedCodesets = List.copyOf(sharedCodesets);
        sharedDomainTables = sharedDomainTables.stream().map(List::copyOf).toList();
        sharedPrimaryEvents = sharedPrimaryEvents.stream().map(List::copyOf).toList();
        cohorts = List.copyOf(cohorts);
        dropShared = List.copyOf(dropShared);
    }
}
