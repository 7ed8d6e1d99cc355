package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A measurement record. */
public record Measurement(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("MeasurementType") List<Concept> measurementType,
        @JsonProperty("MeasurementTypeExclude") boolean measurementTypeExclude,
        @JsonProperty("MeasurementTypeCS") @Nullable ConceptSetSelection measurementTypeCS,
        @JsonProperty("Operator") List<Concept> operator,
        @JsonProperty("OperatorCS") @Nullable ConceptSetSelection operatorCS,
        @JsonProperty("ValueAsNumber") @Nullable NumericRange valueAsNumber,
        @JsonProperty("ValueAsConcept") List<Concept> valueAsConcept,
        @JsonProperty("ValueAsConceptCS") @Nullable ConceptSetSelection valueAsConceptCS,
        @JsonProperty("Unit") List<Concept> unit,
        @JsonProperty("UnitCS") @Nullable ConceptSetSelection unitCS,
        @JsonProperty("RangeLow") @Nullable NumericRange rangeLow,
        @JsonProperty("RangeHigh") @Nullable NumericRange rangeHigh,
        @JsonProperty("RangeLowRatio") @Nullable NumericRange rangeLowRatio,
        @JsonProperty("RangeHighRatio") @Nullable NumericRange rangeHighRatio,
        @JsonProperty("Abnormal") boolean abnormal,
        @JsonProperty("MeasurementSourceConcept") @Nullable Integer measurementSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public Measurement {
        measurementType = Lists.orEmpty(measurementType);
        operator = Lists.orEmpty(operator);
        valueAsConcept = Lists.orEmpty(valueAsConcept);
        unit = Lists.orEmpty(unit);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        visitType = Lists.orEmpty(visitType);
    }
}
