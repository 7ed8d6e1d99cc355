package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import java.util.Locale;

/** How many members of a criteria group must hold. */
public enum GroupType {
    ALL, ANY, AT_LEAST, AT_MOST;

    @JsonCreator
    public static GroupType of(String name) {
        try {
            return valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown group type '" + name + "' (expected ALL, ANY, AT_LEAST or AT_MOST)");
        }
    }
}
