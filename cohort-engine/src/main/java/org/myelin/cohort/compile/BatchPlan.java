package org.myelin.cohort.compile;

import java.util.List;
import org.jooq.Query;

/**
 * The statements of a batch of cohorts: first the shared codeset table, then the shared domain tables (independent of
 * one another, so they can be built side by side), then each cohort's plan reading them, and at the end the statements
 * that drop the shared tables, to run whether or not the cohorts succeeded.
 */
public record BatchPlan(List<Query> sharedCodesets, List<List<Query>> sharedDomainTables, List<CohortPlan> cohorts,
        List<Query> dropShared) {

    public BatchPlan {
        sharedCodesets = List.copyOf(sharedCodesets);
        sharedDomainTables = sharedDomainTables.stream().map(List::copyOf).toList();
        cohorts = List.copyOf(cohorts);
        dropShared = List.copyOf(dropShared);
    }
}
