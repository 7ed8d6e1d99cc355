package org.myelin.cohort.study;

import java.util.List;
import org.myelin.cohort.run.CohortDefinition;

/** Cohorts a study names by a library key, such as the MS phenotypes and outcomes shipped with Myelin. */
public interface CohortLibrary {

    /** The keys the library knows, in its order. */
    List<String> keys();

    /**
     * The definitions of {@code keys} (known keys, in their order), resolved together: what can fail on the user's
     * side (concepts the vocabulary lacks) fails here with a {@code UserError}, before anything is written.
     */
    List<CohortDefinition> definitions(List<String> keys);
}
