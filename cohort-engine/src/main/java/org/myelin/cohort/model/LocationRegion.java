package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A person's stay in a region: a location_history record whose location's region is in the concept set. */
public record LocationRegion(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("StartDate") @Nullable DateRange startDate,
        @JsonProperty("EndDate") @Nullable DateRange endDate,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {
}
