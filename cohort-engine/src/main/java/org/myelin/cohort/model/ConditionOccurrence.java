package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A condition_occurrence record. */
public record ConditionOccurrence(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("ConditionType") List<Concept> conditionType,
        @JsonProperty("ConditionTypeExclude") boolean conditionTypeExclude,
        @JsonProperty("ConditionTypeCS") @Nullable ConceptSetSelection conditionTypeCS,
        @JsonProperty("StopReason") @Nullable TextFilter stopReason,
        @JsonProperty("ConditionSourceConcept") @Nullable Integer conditionSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("ConditionStatus") List<Concept> conditionStatus,
        @JsonProperty("ConditionStatusCS") @Nullable ConceptSetSelection conditionStatusCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public ConditionOccurrence {
        conditionType = Lists.orEmpty(conditionType);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        visitType = Lists.orEmpty(visitType);
        conditionStatus = Lists.orEmpty(conditionStatus);
    }
}
