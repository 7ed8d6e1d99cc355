package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Locale;

/** Which events per person are kept: First (Circe's default), Last or All; compared case-insensitively. */
public record ResultLimit(@JsonProperty("Type") Kind type) {

    public static final ResultLimit FIRST = new ResultLimit(Kind.FIRST);

    public ResultLimit {
        type = type == null ? Kind.FIRST : type;
    }

    /** The kinds of limit. */
    public enum Kind {
        FIRST, LAST, ALL;

        @JsonCreator
        public static Kind of(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown limit type '" + name + "' (expected First, Last or All)");
            }
        }
    }
}
