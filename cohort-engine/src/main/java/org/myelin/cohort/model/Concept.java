package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * A vocabulary concept as ATLAS embeds it in a definition; only the id is used, the rest is a descriptive copy
 * (ATLAS versions differ in which descriptive keys they write, so unknown keys are ignored here only).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record Concept(
        @JsonProperty("CONCEPT_ID") int conceptId,
        @JsonProperty("CONCEPT_NAME") @Nullable String conceptName,
        @JsonProperty("CONCEPT_CODE") @Nullable String conceptCode,
        @JsonProperty("DOMAIN_ID") @Nullable String domainId,
        @JsonProperty("VOCABULARY_ID") @Nullable String vocabularyId) {
}
