package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** Moves a criteria's start and end dates: each from the event's START_DATE or END_DATE plus an offset in days. */
public record DateAdjustment(
        @JsonProperty("StartWith") DateField startWith,
        @JsonProperty("StartOffset") int startOffset,
        @JsonProperty("EndWith") DateField endWith,
        @JsonProperty("EndOffset") int endOffset) {

    public DateAdjustment(@JsonProperty("StartWith") @Nullable DateField startWith,
            @JsonProperty("StartOffset") int startOffset,
            @JsonProperty("EndWith") @Nullable DateField endWith,
            @JsonProperty("EndOffset") int endOffset) {
        this.startWith = startWith == null ? DateField.START_DATE : startWith;
        this.startOffset = startOffset;
        this.endWith = endWith == null ? DateField.END_DATE : endWith;
        this.endOffset = endOffset;
    }

    /** Which of an event's dates an adjustment starts from. */
    public enum DateField {
        START_DATE, END_DATE
    }
}
