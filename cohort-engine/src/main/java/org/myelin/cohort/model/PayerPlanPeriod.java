package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A payer_plan_period record, or a user-defined period within it. */
public record PayerPlanPeriod(
        @JsonProperty("First") boolean first,
        @JsonProperty("PeriodStartDate") @Nullable DateRange periodStartDate,
        @JsonProperty("PeriodEndDate") @Nullable DateRange periodEndDate,
        @JsonProperty("UserDefinedPeriod") @Nullable Period userDefinedPeriod,
        @JsonProperty("PeriodLength") @Nullable NumericRange periodLength,
        @JsonProperty("AgeAtStart") @Nullable NumericRange ageAtStart,
        @JsonProperty("AgeAtEnd") @Nullable NumericRange ageAtEnd,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("PayerConcept") @Nullable Integer payerConcept,
        @JsonProperty("PlanConcept") @Nullable Integer planConcept,
        @JsonProperty("SponsorConcept") @Nullable Integer sponsorConcept,
        @JsonProperty("StopReasonConcept") @Nullable Integer stopReasonConcept,
        @JsonProperty("PayerSourceConcept") @Nullable Integer payerSourceConcept,
        @JsonProperty("PlanSourceConcept") @Nullable Integer planSourceConcept,
        @JsonProperty("SponsorSourceConcept") @Nullable Integer sponsorSourceConcept,
        @JsonProperty("StopReasonSourceConcept") @Nullable Integer stopReasonSourceConcept,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public PayerPlanPeriod {
        gender = Lists.orEmpty(gender);
    }
}
