package org.myelin.cohort.study;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.outcome.Outcome;

/**
 * A cohort a study uses: the id it is generated as, its display name, its role, and where its definition comes from
 * ({@code library} id, definition {@code file}, an MS outcome phenotype ({@code msOutcome}, then {@code outcome}
 * holds it), or a cohort already {@code generated} in the results schema). {@code location} names the source: the
 * library id, the file, or the outcome with its parameters. {@code jsonPath} locates the cohort in the study
 * definition for error messages.
 */
public record CohortReference(int cohortId, String name, CohortRole role, Source source, String location,
        @Nullable Outcome outcome, String jsonPath) {

    /** Where a cohort's definition comes from. */
    public enum Source {
        LIBRARY, FILE, OUTCOME, GENERATED
    }

    /** The cohorts' ids in their order, as the array the analyses' statements take. */
    static Integer[] ids(List<CohortReference> cohorts) {
        return cohorts.stream().map(CohortReference::cohortId).toArray(Integer[]::new);
    }
}
