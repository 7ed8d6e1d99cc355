package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** A text match on a string column; a filter without text matches everything, as in Circe. */
public record TextFilter(@JsonProperty("Text") @Nullable String text, @JsonProperty("Op") TextOperator op) {

    public TextFilter {
        Require.present(op, "Op");
    }
}
