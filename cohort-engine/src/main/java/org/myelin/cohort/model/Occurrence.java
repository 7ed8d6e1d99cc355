package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** How many correlated events must be found: Type 0 exactly, 1 at most, 2 at least {@code Count}. */
public record Occurrence(
        @JsonProperty("Type") int type,
        @JsonProperty("Count") int count,
        @JsonProperty("IsDistinct") boolean isDistinct,
        @JsonProperty("CountColumn") CountColumn countColumn) {

    public static final int EXACTLY = 0;
    public static final int AT_MOST = 1;
    public static final int AT_LEAST = 2;

    public Occurrence(@JsonProperty("Type") int type, @JsonProperty("Count") int count,
            @JsonProperty("IsDistinct") boolean isDistinct, @JsonProperty("CountColumn") @Nullable CountColumn countColumn) {
        if (type != EXACTLY && type != AT_MOST && type != AT_LEAST) {
            throw new IllegalArgumentException("Type must be 0 (exactly), 1 (at most) or 2 (at least), not " + type);
        }
        if (count < 0) {
            throw new IllegalArgumentException("Count must not be negative, not " + count);
        }
        this.type = type;
        this.count = count;
        this.isDistinct = isDistinct;
        this.countColumn = countColumn == null ? CountColumn.DOMAIN_CONCEPT : countColumn;
    }

    /** What distinct counting counts. */
    public enum CountColumn {
        DOMAIN_CONCEPT, START_DATE, END_DATE, VISIT_ID;

        @JsonCreator
        public static CountColumn of(String name) {
            try {
                return valueOf(name);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unsupported CountColumn '" + name
                        + "' (distinct counts are of DOMAIN_CONCEPT, START_DATE, END_DATE or VISIT_ID)");
            }
        }
    }
}
