package org.myelin.cohort.outcome;

/**
 * The relapses of a target cohort: its persons, the relapse events that start inside its periods and the person-years
 * of those periods (days, both ends counted, over 365.25).
 */
public record RelapseRate(long persons, long relapses, double personYears) {

    /** Relapses per person-year; 0 when the cohort has no follow-up. */
    public double annualised() {
        return personYears == 0 ? 0 : relapses / personYears;
    }
}
