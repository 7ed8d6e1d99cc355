package org.myelin.cohort.outcome;

/**
 * Progression independent of relapse activity: each confirmed worsening under {@code rule} with no relapse onset from
 * {@code daysBeforeBaseline} before its baseline to {@code daysAfterConfirmation} after its confirmation.
 */
public record Pira(WorseningRule rule, int daysBeforeBaseline, int daysAfterConfirmation) implements Outcome {

    /** The common window: no relapse from 90 days before the baseline to 30 days after the confirmation. */
    public static Pira of(WorseningRule rule) {
        return new Pira(rule, 90, 30);
    }

    public Pira {
        if (daysBeforeBaseline < 0 || daysAfterConfirmation < 0) {
            throw new IllegalArgumentException("the relapse-free window must not be negative");
        }
    }

    @Override
    public String name() {
        return "PIRA (" + rule.describe() + "; no relapse from " + daysBeforeBaseline + " days before the baseline to "
                + daysAfterConfirmation + " days after the confirmation)";
    }
}
