package org.myelin.etl.quality;

import org.jspecify.annotations.Nullable;

/**
 * The outcome of one check instance in one run, with the fields DQD reports. Exactly one of passed, failed,
 * error and not applicable holds; pctViolatedRows is a fraction (0.05 is 5 %) and the threshold a percentage,
 * as in DQD. {@code fatal} says whether a failure or error blocks publishing.
 */
public record CheckResult(String checkId, String checkName, String checkLevel, String checkDescription, String category,
        String subcategory, String context, String cdmTableName, @Nullable String cdmFieldName, @Nullable Integer conceptId,
        @Nullable Integer unitConceptId, @Nullable Long numViolatedRows, @Nullable Double pctViolatedRows,
        @Nullable Long numDenominatorRows, double thresholdValue, boolean failed, boolean passed, boolean isError,
        boolean notApplicable, @Nullable String notApplicableReason, @Nullable String error, @Nullable String queryText,
        double executionTimeSeconds, boolean fatal) {

    /** PASSED, FAILED, ERROR or NOT_APPLICABLE. */
    public String status() {
        return isError ? "ERROR" : notApplicable ? "NOT_APPLICABLE" : failed ? "FAILED" : "PASSED";
    }

    static CheckResult counted(CheckInstance check, String queryText, long violated, long denominator, double seconds) {
        if (denominator == 0) {
            return of(check, queryText, violated, 0.0, denominator, false, false, true,
                    "no records to check: the denominator is empty", null, seconds);
        }
        double pct = (double) violated / denominator;
        boolean failed = pct * 100 > check.threshold();
        return of(check, queryText, violated, pct, denominator, failed, !failed, false, null, null, seconds);
    }

    static CheckResult notApplicable(CheckInstance check, String reason) {
        return of(check, null, null, null, null, false, false, true, reason, null, 0);
    }

    static CheckResult error(CheckInstance check, String queryText, String error, double seconds) {
        return new CheckResult(check.checkId(), check.type().name(), check.type().level().name(), check.description(),
                check.type().category(), check.type().subcategory(), check.type().context(), check.table(), check.field(),
                check.conceptId(), check.unitConceptId(), null, null, null, check.threshold(), false, false, true, false,
                null, error, queryText, seconds, check.fatal());
    }

    private static CheckResult of(CheckInstance check, @Nullable String queryText, @Nullable Long violated,
            @Nullable Double pct, @Nullable Long denominator, boolean failed, boolean passed, boolean notApplicable,
            @Nullable String reason, @Nullable String error, double seconds) {
        return new CheckResult(check.checkId(), check.type().name(), check.type().level().name(), check.description(),
                check.type().category(), check.type().subcategory(), check.type().context(), check.table(), check.field(),
                check.conceptId(), check.unitConceptId(), violated, pct, denominator, check.threshold(), failed, passed,
                false, notApplicable, reason, error, queryText, seconds, check.fatal());
    }
}
