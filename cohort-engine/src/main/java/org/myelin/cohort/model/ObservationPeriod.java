package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An observation_period record, or a user-defined period within it. */
public record ObservationPeriod(
        @JsonProperty("First") boolean first,
        @JsonProperty("PeriodStartDate") @Nullable DateRange periodStartDate,
        @JsonProperty("PeriodEndDate") @Nullable DateRange periodEndDate,
        @JsonProperty("UserDefinedPeriod") @Nullable Period userDefinedPeriod,
        @JsonProperty("PeriodType") List<Concept> periodType,
        @JsonProperty("PeriodTypeExclude") boolean periodTypeExclude,
        @JsonProperty("PeriodTypeCS") @Nullable ConceptSetSelection periodTypeCS,
        @JsonProperty("PeriodLength") @Nullable NumericRange periodLength,
        @JsonProperty("AgeAtStart") @Nullable NumericRange ageAtStart,
        @JsonProperty("AgeAtEnd") @Nullable NumericRange ageAtEnd,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public ObservationPeriod {
        periodType = Lists.orEmpty(periodType);
    }
}
