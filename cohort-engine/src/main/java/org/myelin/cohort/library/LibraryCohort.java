package org.myelin.cohort.library;

/**
 * One cohort of the library: its stable id in the results tables, a short key (the definition's file name without
 * {@code .json}), its name, the logic in one sentence and where the definition comes from.
 */
public record LibraryCohort(int cohortId, String key, String name, String logic, String source) {
}
