package org.myelin.cohort.model;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Absent JSON arrays become empty immutable lists. */
final class Lists {

    private Lists() {
    }

    static <T> List<T> orEmpty(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }
}
