package org.myelin.cohort.run;

/** One line of a cohort's attrition: the events and persons left after a step. */
public record AttritionStep(String label, long persons, long events) {
}
