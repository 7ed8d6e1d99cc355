package org.myelin.cohort.compile;

import java.util.List;
import org.jooq.Query;

/**
 * The statements of a batch of cohorts, in order: the shared codeset table; the shared tables that read the CDM
 * tables only (the domain table copies, then the shared primary events that read none of them); the shared primary
 * events that read a domain table copy; each cohort's plan reading them; and at the end the statements that drop the
 * shared tables, to run whether or not the cohorts succeeded. The tables within each of the two shared stages are
 * independent of one another, so they can be built side by side; the first stage lists the copies first, as they
 * are the largest.
 */
public record BatchPlan(List<Query> sharedCodesets, List<List<Query>> sharedTables,
        List<List<Query>> primaryEventsOnCopies, List<CohortPlan> cohorts, List<Query> dropShared) {

    public BatchPlan {
        sharedCodesets = List.copyOf(sharedCodesets);
        sharedTables = sharedTables.stream().map(List::copyOf).toList();
        primaryEventsOnCopies = primaryEventsOnCopies.stream().map(List::copyOf).toList();
        cohorts = List.copyOf(cohorts);
        dropShared = List.copyOf(dropShared);
    }
}
