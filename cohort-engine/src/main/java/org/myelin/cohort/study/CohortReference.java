package org.myelin.cohort.study;

/**
 * A cohort a study uses: the id it is generated as, its display name, its role, and where its definition comes from
 * ({@code library} id, definition {@code file}, or a cohort already {@code generated} in the results schema).
 * {@code jsonPath} locates it in the study definition for error messages.
 */
public record CohortReference(int cohortId, String name, CohortRole role, Source source, String location,
        String jsonPath) {

    /** Where a cohort's definition comes from. */
    public enum Source {
        LIBRARY, FILE, GENERATED
    }
}
