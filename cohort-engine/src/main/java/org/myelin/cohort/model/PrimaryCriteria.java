package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The events that can start a cohort, their required observation and the per-person limit. */
public record PrimaryCriteria(
        @JsonProperty("CriteriaList") List<Criteria> criteriaList,
        @JsonProperty("ObservationWindow") ObservationWindow observationWindow,
        @JsonProperty("PrimaryCriteriaLimit") ResultLimit primaryCriteriaLimit) {

    public PrimaryCriteria(@JsonProperty("CriteriaList") @Nullable List<Criteria> criteriaList,
            @JsonProperty("ObservationWindow") @Nullable ObservationWindow observationWindow,
            @JsonProperty("PrimaryCriteriaLimit") @Nullable ResultLimit primaryCriteriaLimit) {
        this.criteriaList = Lists.orEmpty(criteriaList);
        this.observationWindow = observationWindow == null ? ObservationWindow.NONE : observationWindow;
        this.primaryCriteriaLimit = primaryCriteriaLimit == null ? ResultLimit.FIRST : primaryCriteriaLimit;
    }
}
