package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Conditions on the person and the index event's dates, evaluated per index event. */
public record DemographicCriteria(
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("Race") List<Concept> race,
        @JsonProperty("RaceCS") @Nullable ConceptSetSelection raceCS,
        @JsonProperty("Ethnicity") List<Concept> ethnicity,
        @JsonProperty("EthnicityCS") @Nullable ConceptSetSelection ethnicityCS,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("OccurrenceEndDate") @Nullable DateRange occurrenceEndDate) {

    public DemographicCriteria {
        gender = Lists.orEmpty(gender);
        race = Lists.orEmpty(race);
        ethnicity = Lists.orEmpty(ethnicity);
    }
}
