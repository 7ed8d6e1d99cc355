package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** One end of a window: {@code Days} before (Coeff -1) or after (Coeff 1) the index; no Days means all days. */
public record Endpoint(@JsonProperty("Days") @Nullable Integer days, @JsonProperty("Coeff") int coeff) {

    public Endpoint {
        if (coeff != -1 && coeff != 1) {
            throw new IllegalArgumentException("Coeff must be -1 (before) or 1 (after), not " + coeff);
        }
        if (days != null && days < 0) {
            throw new IllegalArgumentException("Days must not be negative, not " + days);
        }
    }

    /** The signed offset in days, or null for an unbounded end. */
    public @Nullable Integer offset() {
        return days == null ? null : days * coeff;
    }
}
