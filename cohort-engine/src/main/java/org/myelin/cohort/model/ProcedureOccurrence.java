package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A procedure_occurrence record. */
public record ProcedureOccurrence(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate,
        @JsonProperty("ProcedureType") List<Concept> procedureType,
        @JsonProperty("ProcedureTypeExclude") boolean procedureTypeExclude,
        @JsonProperty("ProcedureTypeCS") @Nullable ConceptSetSelection procedureTypeCS,
        @JsonProperty("Modifier") List<Concept> modifier,
        @JsonProperty("ModifierCS") @Nullable ConceptSetSelection modifierCS,
        @JsonProperty("Quantity") @Nullable NumericRange quantity,
        @JsonProperty("ProcedureSourceConcept") @Nullable Integer procedureSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("ProviderSpecialty") List<Concept> providerSpecialty,
        @JsonProperty("ProviderSpecialtyCS") @Nullable ConceptSetSelection providerSpecialtyCS,
        @JsonProperty("VisitType") List<Concept> visitType,
        @JsonProperty("VisitTypeCS") @Nullable ConceptSetSelection visitTypeCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public ProcedureOccurrence {
        procedureType = Lists.orEmpty(procedureType);
        modifier = Lists.orEmpty(modifier);
        gender = Lists.orEmpty(gender);
        providerSpecialty = Lists.orEmpty(providerSpecialty);
        visitType = Lists.orEmpty(visitType);
    }
}
