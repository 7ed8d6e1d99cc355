package org.myelin.cohort.study;

/** What a cohort is for in a study. */
public enum CohortRole {
    TARGET, COMPARATOR, OUTCOME;

    String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
