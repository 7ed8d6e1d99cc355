package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A visit_detail record. */
public record VisitDetail(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("VisitDetailStartDate") @Nullable DateRange visitDetailStartDate,
        @JsonProperty("VisitDetailEndDate") @Nullable DateRange visitDetailEndDate,
        @JsonProperty("VisitDetailTypeCS") @Nullable ConceptSetSelection visitDetailTypeCS,
        @JsonProperty("VisitDetailSourceConcept") @Nullable Integer visitDetailSourceConcept,
        @JsonProperty("VisitDetailLength") @Nullable NumericRange visitDetailLength,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("PlaceOfServiceCS") @Nullable ConceptSetSelection placeOfServiceCS,
        @JsonProperty("PlaceOfServiceLocation") @Nullable Integer placeOfServiceLocation,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {
}
