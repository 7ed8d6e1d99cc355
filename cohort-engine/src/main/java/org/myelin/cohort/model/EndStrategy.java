package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/** How a cohort entry's end date is found, before it is capped at the end of the observation period. */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.WRAPPER_OBJECT)
@JsonSubTypes({
    @JsonSubTypes.Type(value = DateOffsetStrategy.class, name = "DateOffset"),
    @JsonSubTypes.Type(value = CustomEraStrategy.class, name = "CustomEra")
})
public sealed interface EndStrategy permits DateOffsetStrategy, CustomEraStrategy {
}
