package org.myelin.cohort.check;

import java.util.Locale;

/** One problem in a definition: where (a JSON path such as {@code $.InclusionRules[0].expression}) and what. */
public record Finding(Severity severity, String path, String message) {

    /** Errors stop a definition from running; warnings are reported and it runs. */
    public enum Severity {
        ERROR, WARNING
    }

    @Override
    public String toString() {
        return severity.name().toLowerCase(Locale.ROOT) + ": " + path + ": " + message;
    }
}
