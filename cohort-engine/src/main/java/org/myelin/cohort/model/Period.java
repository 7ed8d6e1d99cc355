package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A date interval with optional ends (CensorWindow, UserDefinedPeriod). */
public record Period(
        @JsonProperty("StartDate") @Nullable LocalDate startDate,
        @JsonProperty("EndDate") @Nullable LocalDate endDate) {
}
