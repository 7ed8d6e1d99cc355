package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** How overlapping cohort periods are merged: into eras, joining gaps of at most {@code EraPad} days. */
public record CollapseSettings(@JsonProperty("CollapseType") String collapseType, @JsonProperty("EraPad") int eraPad) {

    public static final CollapseSettings DEFAULT = new CollapseSettings("ERA", 0);

    public CollapseSettings(@JsonProperty("CollapseType") @Nullable String collapseType, @JsonProperty("EraPad") int eraPad) {
        if (collapseType != null && !collapseType.equals("ERA")) {
            throw new IllegalArgumentException("unknown CollapseType '" + collapseType + "' (expected ERA)");
        }
        if (eraPad < 0) {
            throw new IllegalArgumentException("EraPad must not be negative, not " + eraPad);
        }
        this.collapseType = "ERA";
        this.eraPad = eraPad;
    }
}
