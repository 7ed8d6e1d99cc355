package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A drug_exposure record. */
public record DrugExposure(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("DrugType") List<Concept> drugType,
        @JsonProperty("DrugTypeExclude") boolean drugTypeExclude,
        @JsonProperty("DrugTypeCS") @Nullable ConceptSetSelection drugTypeCS,
        @JsonProperty("StopReason") @Nullable TextFilter stopReason,
        @JsonProperty("Refills") @Nullable NumericRange refills,
        @JsonProperty("Quantity") @Nullable NumericRange quantity,
        @JsonProperty("DaysSupply") @Nullable NumericRange daysSupply,
        @JsonProperty("RouteConcept") List<Concept> routeConcept,
        @JsonProperty("RouteConceptCS") @Nullable ConceptSetSelection routeConceptCS,
        @JsonProperty("EffectiveDrugDose") @Nullable NumericRange effectiveDrugDose,
        @JsonProperty("DoseUnit") List<Concept> doseUnit,
        @JsonProperty("DoseUnitCS") @Nullable ConceptSetSelection doseUnitCS,
        @JsonProperty("LotNumber") @Nullable TextFilter lotNumber,
        @JsonProperty("DrugSourceConcept") @Nullable Integer drugSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public DrugExposure {
        drugType = Lists.orEmpty(drugType);
        routeConcept = Lists.orEmpty(routeConcept);
        doseUnit = Lists.orEmpty(doseUnit);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        visitType = Lists.orEmpty(visitType);
    }
}
