package org.myelin.cohort.outcome;

/**
 * Confirmed disability worsening: one cohort period per confirmed event, from the worsening EDSS to the visit that
 * confirmed it; with a fixed baseline only the first event, with a roving one every event.
 */
public record ConfirmedWorsening(WorseningRule rule) implements Outcome {

    @Override
    public String name() {
        return "Confirmed disability worsening (" + rule.describe() + ")";
    }
}
