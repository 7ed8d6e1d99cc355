package org.myelin.cohort.model;

import org.jspecify.annotations.Nullable;

/** Checks for required JSON attributes inside record constructors; the reader adds the JSON path. */
final class Require {

    private Require() {
    }

    static void present(@Nullable Object value, String attribute) {
        if (value == null) {
            throw new IllegalArgumentException(attribute + " is required");
        }
    }
}
