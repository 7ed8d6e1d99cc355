package org.myelin.cohort.outcome;

/**
 * No evidence of disease activity over the {@code periodDays} from each entry of the target cohort: observed for the
 * whole period, no relapse onset, no confirmed worsening under {@code rule} starting in it, at least one MRI lesion
 * count in it and none above 0 (new or enlarging T2, gadolinium-enhancing). The cohort period is the NEDA period.
 */
public record Neda3(int targetCohortId, int periodDays, WorseningRule rule) implements Outcome {

    public Neda3 {
        if (periodDays < 1) {
            throw new IllegalArgumentException("the NEDA-3 period must be at least 1 day, not " + periodDays);
        }
    }

    @Override
    public String name() {
        return "NEDA-3 over " + periodDays + " days from cohort " + targetCohortId + " (" + rule.describe() + ")";
    }
}
