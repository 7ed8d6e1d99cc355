package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

/** The comparison operators of Circe's numeric and date ranges. */
public enum RangeOperator {
    LT("lt"), LTE("lte"), EQ("eq"), NOT_EQ("!eq"), GT("gt"), GTE("gte"), BETWEEN("bt"), NOT_BETWEEN("!bt");

    private final String code;

    RangeOperator(String code) {
        this.code = code;
    }

    @JsonValue
    public String code() {
        return code;
    }

    public boolean between() {
        return this == BETWEEN || this == NOT_BETWEEN;
    }

    @JsonCreator
    public static RangeOperator of(String code) {
        for (RangeOperator operator : values()) {
            if (operator.code.equals(code)) {
                return operator;
            }
        }
        throw new IllegalArgumentException("unknown operator '" + code + "' (expected lt, lte, eq, !eq, gt, gte, bt or !bt)");
    }
}
