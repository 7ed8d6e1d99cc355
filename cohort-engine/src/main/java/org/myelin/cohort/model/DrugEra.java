package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A drug_era record. */
public record DrugEra(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("First") boolean first,
        @JsonProperty("EraStartDate") @Nullable DateRange eraStartDate,
        @JsonProperty("EraEndDate") @Nullable DateRange eraEndDate,
        @JsonProperty("OccurrenceCount") @Nullable NumericRange occurrenceCount,
        @JsonProperty("GapDays") @Nullable NumericRange gapDays,
        @JsonProperty("EraLength") @Nullable NumericRange eraLength,
        @JsonProperty("AgeAtStart") @Nullable NumericRange ageAtStart,
        @JsonProperty("AgeAtEnd") @Nullable NumericRange ageAtEnd,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public DrugEra {
        gender = Lists.orEmpty(gender);
    }
}
