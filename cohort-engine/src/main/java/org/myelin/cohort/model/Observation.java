package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** An observation record. */
public record Observation(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("ObservationType") List<Concept> observationType,
        @JsonProperty("ObservationTypeExclude") boolean observationTypeExclude,
        @JsonProperty("ObservationTypeCS") @Nullable ConceptSetSelection observationTypeCS,
        @JsonProperty("ValueAsNumber") @Nullable NumericRange valueAsNumber,
        @JsonProperty("ValueAsString") @Nullable TextFilter valueAsString,
        @JsonProperty("ValueAsConcept") List<Concept> valueAsConcept,
        @JsonProperty("ValueAsConceptCS") @Nullable ConceptSetSelection valueAsConceptCS,
        @JsonProperty("Qualifier") List<Concept> qualifier,
        @JsonProperty("QualifierCS") @Nullable ConceptSetSelection qualifierCS,
        @JsonProperty("Unit") List<Concept> unit,
        @JsonProperty("UnitCS") @Nullable ConceptSetSelection unitCS,
        @JsonProperty("ObservationSourceConcept") @Nullable Integer observationSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public Observation {
        observationType = Lists.orEmpty(observationType);
        valueAsConcept = Lists.orEmpty(valueAsConcept);
        qualifier = Lists.orEmpty(qualifier);
        unit = Lists.orEmpty(unit);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        visitType = Lists.orEmpty(visitType);
    }
}
