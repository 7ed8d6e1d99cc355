package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * Where a correlated event must fall relative to the index event. {@code UseEventEnd} absent means the event's start
 * date in a start window and its end date in an end window, as in Circe.
 */
public record Window(
        @JsonProperty("Start") Endpoint start,
        @JsonProperty("End") Endpoint end,
        @JsonProperty("UseIndexEnd") boolean useIndexEnd,
        @JsonProperty("UseEventEnd") @Nullable Boolean useEventEnd) {

    public Window {
        Require.present(start, "Start");
        Require.present(end, "End");
    }
}
