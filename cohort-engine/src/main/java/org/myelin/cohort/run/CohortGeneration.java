package org.myelin.cohort.run;

import java.time.Duration;
import java.util.List;

/**
 * The outcome of generating one cohort: the attrition (qualified events, then the events and persons still meeting
 * every inclusion rule up to each rule) and the final cohort's persons and periods.
 */
public record CohortGeneration(int cohortId, String name, List<AttritionStep> attrition, long persons, long periods,
        Duration elapsed) {

    private static final String COHORT_LINE = "Cohort periods";

    public CohortGeneration {
        attrition = List.copyOf(attrition);
    }

    /** The attrition as a plain-text table for a terminal. */
    public String attritionTable() {
        int width = Math.max(COHORT_LINE.length(), attrition.stream().mapToInt(step -> step.label().length()).max().orElse(0));
        StringBuilder table = new StringBuilder();
        table.append(String.format("Cohort %d: %s%n", cohortId, name));
        table.append(String.format("  %-" + width + "s  %12s  %12s%n", "Step", "Persons", "Events"));
        for (AttritionStep step : attrition) {
            table.append(String.format("  %-" + width + "s  %12d  %12d%n", step.label(), step.persons(), step.events()));
        }
        table.append(String.format("  %-" + width + "s  %12d  %12d%n", COHORT_LINE, persons, periods));
        return table.toString();
    }
}
