package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A death record. */
public record Death(
        @JsonProperty("CodesetId") @Nullable Integer codesetId,
        @JsonProperty("OccurrenceStartDate") @Nullable DateRange occurrenceStartDate,
        @JsonProperty("DeathType") List<Concept> deathType,
        @JsonProperty("DeathTypeExclude") boolean deathTypeExclude,
        @JsonProperty("DeathTypeCS") @Nullable ConceptSetSelection deathTypeCS,
        @JsonProperty("DeathSourceConcept") @Nullable Integer deathSourceConcept,
        @JsonProperty("Age") @Nullable NumericRange age,
        @JsonProperty("Gender") List<Concept> gender,
        @JsonProperty("GenderCS") @Nullable ConceptSetSelection genderCS,
        @JsonProperty("CorrelatedCriteria") @Nullable CriteriaGroup correlatedCriteria,
        @JsonProperty("DateAdjustment") @Nullable DateAdjustment dateAdjustment) implements Criteria {

    public Death {
        deathType = Lists.orEmpty(deathType);
        gender = Lists.orEmpty(gender);
    }
}
