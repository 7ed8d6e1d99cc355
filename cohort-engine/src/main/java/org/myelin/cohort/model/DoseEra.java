package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A dose_era record. */
public record DoseEra(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("EraStartDate") @Nullable DateRange eraStartDate,
        @JsonProperty("EraEndDate") @Nullable DateRange eraEndDate,
        @JsonProperty("Unit") List<Concept> unit,
        @JsonProperty("UnitCS") @Nullable ConceptSetSelection unitCS,
        @JsonProperty("DoseValue") @Nullable NumericRange doseValue,
        @JsonProperty("EraLength") @Nullable NumericRange eraLength,
        @JsonProperty("AgeAtStart") @Nullable NumericRange ageAtStart,
        @JsonProperty("AgeAtEnd") @Nullable NumericRange ageAtEnd,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public DoseEra {
        unit = Lists.orEmpty(unit);
        gender = Lists.orEmpty(gender);
    }
}
