package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A date comparison with the same operators as {@link NumericRange}; dates are ISO {@code YYYY-MM-DD}. */
public record DateRange(
        @JsonProperty("Value") LocalDate value,
        @JsonProperty("Op") RangeOperator op,
        @JsonProperty("Extent") @Nullable LocalDate extent) {

    public DateRange {
        Require.present(value, "Value");
        Require.present(op, "Op");
        if (op.between() && extent == null) {
            throw new IllegalArgumentException("Extent is required for Op " + op.code());
        }
    }
}
