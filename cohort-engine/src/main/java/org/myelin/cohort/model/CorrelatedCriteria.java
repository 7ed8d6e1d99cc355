package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A criteria evaluated relative to each index event (Circe's windowed, correlated criteria). */
public record CorrelatedCriteria(
        @JsonProperty("Criteria") Criteria criteria,
        @JsonProperty("StartWindow") @Nullable Window startWindow,
        @JsonProperty("EndWindow") @Nullable Window endWindow,
        @JsonProperty("Occurrence") Occurrence occurrence,
        @JsonProperty("RestrictVisit") boolean restrictVisit,
        @JsonProperty("IgnoreObservationPeriod") boolean ignoreObservationPeriod) {

    public CorrelatedCriteria {
        Require.present(criteria, "Criteria");
        Require.present(occurrence, "Occurrence");
    }
}
