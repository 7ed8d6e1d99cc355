package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A visit_occurrence record. */
public record VisitOccurrence(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeExclude") boolean visitTypeExclude,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("VisitSourceConcept") @Nullable Integer visitSourceConcept,
        @JsonProperty("VisitLength") @Nullable NumericRange visitLength,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("PlaceOfService") List<Concept> placeOfService,
        @JsonProperty("PlaceOfServiceCS") @Nullable ConceptSetSelection placeOfServiceCS,
        @JsonProperty("PlaceOfServiceLocation") @Nullable Integer placeOfServiceLocation,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public VisitOccurrence {
        visitType = Lists.orEmpty(visitType);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        placeOfService = Lists.orEmpty(placeOfService);
    }
}
