package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The operators of Circe's text filters. */
public enum TextOperator {
    STARTS_WITH("startsWith"), CONTAINS("contains"), ENDS_WITH("endsWith"),
    NOT_STARTS_WITH("!startsWith"), NOT_CONTAINS("!contains"), NOT_ENDS_WITH("!endsWith");

    private final String code;

    TextOperator(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean negated() {
        return code.startsWith("!");
    }

    @JsonCreator
    public static TextOperator of(String code) {
        for (TextOperator operator : values()) {
            if (operator.code.equals(code)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unknown text operator '" + code
                + "' (expected startsWith, contains, endsWith, !startsWith, !contains or !endsWith)");
    }
}
