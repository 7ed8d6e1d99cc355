package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A named rule every cohort entry must meet; its position gives its bit in the inclusion mask. */
public record InclusionRule(
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("description") @Nullable String description,
        @JsonProperty("expression") @Nullable CriteriaGroup expression) {
}
