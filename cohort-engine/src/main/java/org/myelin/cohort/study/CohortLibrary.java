package org.myelin.cohort.study;

import java.util.List;
import java.util.function.Supplier;
import org.myelin.cohort.run.CohortGeneration;

/** Cohorts a study names by a library key, such as the MS phenotypes and outcomes shipped with Myelin. */
public interface CohortLibrary {

    /** The keys the library knows, in its order. */
    List<String> keys();

    /**
     * Prepares a cohort for generation as {@code cohortId}: everything that can fail on the user's side (an unknown
     * key, concepts the vocabulary lacks) fails here with a {@code UserError}, before anything is written; the
     * supplier then writes the cohort into the results schema.
     */
    Supplier<CohortGeneration> prepare(String key, int cohortId);
}
