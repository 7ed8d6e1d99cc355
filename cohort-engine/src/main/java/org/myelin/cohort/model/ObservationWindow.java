package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Days of observation required before and after a primary event. */
public record ObservationWindow(@JsonProperty("PriorDays") int priorDays, @JsonProperty("PostDays") int postDays) {

    public static final ObservationWindow NONE = new ObservationWindow(0, 0);

    public ObservationWindow {
        if (priorDays < 0 || postDays < 0) {
            throw new IllegalArgumentException("PriorDays and PostDays must not be negative");
        }
    }
}
