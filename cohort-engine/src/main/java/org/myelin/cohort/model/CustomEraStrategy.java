package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/**
 * The end of the continuous exposure to a drug concept set that contains the index date: exposures closer than
 * {@code GapDays} join, the era end gets {@code Offset} days, {@code DaysSupplyOverride} replaces each exposure's length.
 */
public record CustomEraStrategy(
        @JsonProperty("DrugCodesetId") Integer drugCodesetId,
        @JsonProperty("GapDays") int gapDays,
        @JsonProperty("Offset") int offset,
        @JsonProperty("DaysSupplyOverride") @Nullable Integer daysSupplyOverride) implements EndStrategy {

    public CustomEraStrategy {
        if (drugCodesetId == null) {
            throw new IllegalArgumentException("DrugCodesetId is required for a CustomEra end strategy");
        }
        if (gapDays < 0) {
            throw new IllegalArgumentException("GapDays must not be negative, not " + gapDays);
        }
    }
}
