package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** Where a correlated event must fall relative to the index event. */
public record Window(
        @JsonProperty("Start") Endpoint start,
        @JsonProperty("End") Endpoint end,
        @JsonProperty("UseIndexEnd") boolean useIndexEnd,
        @JsonProperty("UseEventEnd") boolean useEventEnd) {

    public Window {
        Require.present(start, "Start");
        Require.present(end, "End");
    }
}
