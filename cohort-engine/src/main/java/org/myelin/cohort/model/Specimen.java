package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A specimen record. */
public record Specimen(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("SpecimenType") List<Concept> specimenType,
        @JsonProperty("SpecimenTypeExclude") boolean specimenTypeExclude,
        @JsonProperty("SpecimenTypeCS") @Nullable ConceptSetSelection specimenTypeCS,
        @JsonProperty("Quantity") @Nullable NumericRange quantity,
        @JsonProperty("Unit") List<Concept> unit,
        @JsonProperty("UnitCS") @Nullable ConceptSetSelection unitCS,
        @JsonProperty("AnatomicSite") List<Concept> anatomicSite,
        @JsonProperty("AnatomicSiteCS") @Nullable ConceptSetSelection anatomicSiteCS,
        @JsonProperty("DiseaseStatus") List<Concept> diseaseStatus,
        @JsonProperty("DiseaseStatusCS") @Nullable ConceptSetSelection diseaseStatusCS,
        @JsonProperty("SourceId") @Nullable TextFilter sourceId,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public Specimen {
        specimenType = Lists.orEmpty(specimenType);
        unit = Lists.orEmpty(unit);
        anatomicSite = Lists.orEmpty(anatomicSite);
        diseaseStatus = Lists.orEmpty(diseaseStatus);
        gender = Lists.orEmpty(gender);
    }
}
