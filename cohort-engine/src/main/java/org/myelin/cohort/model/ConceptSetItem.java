package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** One concept of a concept set with its flags. */
public record ConceptSetItem(
        @JsonProperty("concept") Concept concept,
        @JsonProperty("isExcluded") boolean isExcluded,
        @JsonProperty("includeDescendants") boolean includeDescendants,
        @JsonProperty("includeMapped") boolean includeMapped) {
}
