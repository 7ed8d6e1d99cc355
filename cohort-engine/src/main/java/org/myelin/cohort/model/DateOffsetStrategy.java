package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;

/** The end is the event's start or end date plus {@code Offset} days. */
public record DateOffsetStrategy(@JsonProperty("DateField") DateField dateField, @JsonProperty("Offset") int offset)
        implements EndStrategy {

    public DateOffsetStrategy {
        Require.present(dateField, "DateField");
    }

    /** The event date the offset starts from. */
    public enum DateField {
        START_DATE, END_DATE;

        @JsonCreator
        public static DateField of(String name) {
            return switch (name) {
                case "StartDate" -> START_DATE;
                case "EndDate" -> END_DATE;
                default -> throw new IllegalArgumentException("unknown DateField '" + name + "' (expected StartDate or EndDate)");
            };
        }
    }
}
