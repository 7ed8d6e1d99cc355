package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** A concept set used as a filter on a concept column ({@code ...CS} attributes), or as its exclusion. */
public record ConceptSetSelection(
        @JsonProperty("CodesetId") int codesetId,
        @JsonProperty("IsExclusion") boolean isExclusion) {
}
