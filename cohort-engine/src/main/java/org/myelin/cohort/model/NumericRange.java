package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** A numeric comparison: {@code Op} one of lt, lte, eq, !eq, gt, gte, bt, !bt; {@code Extent} is the upper bound of bt. */
public record NumericRange(
        @JsonProperty("Value") BigDecimal value,
        @JsonProperty("Op") RangeOperator op,
        @JsonProperty("Extent") @Nullable BigDecimal extent) {

    public NumericRange {
        Require.present(value, "Value");
        Require.present(op, "Op");
        if (op.between() && extent == null) {
            throw new IllegalArgumentException("Extent is required for Op " + op.code());
        }
    }
}
