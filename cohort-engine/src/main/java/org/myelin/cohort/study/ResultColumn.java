package org.myelin.cohort.study;

import java.util.List;

/**
 * A column of a result file: a label, a count of persons or events, or a figure derived from counts (a rate, a
 * percentage, a curve point). A derived figure is hidden with the counts it is computed from: those named in
 * {@code basis}, or every count of its row when {@code basis} is empty.
 */
record ResultColumn(String name, Kind kind, List<String> basis, String description) {

    enum Kind {
        LABEL, COUNT, DERIVED
    }

    static ResultColumn label(String name, String description) {
        return new ResultColumn(name, Kind.LABEL, List.of(), description);
    }

    static ResultColumn count(String name, String description) {
        return new ResultColumn(name, Kind.COUNT, List.of(), description);
    }

    static ResultColumn derived(String name, String description, String... basis) {
        return new ResultColumn(name, Kind.DERIVED, List.of(basis), description);
    }
}
