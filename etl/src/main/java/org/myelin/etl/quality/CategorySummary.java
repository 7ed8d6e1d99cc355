package org.myelin.etl.quality;

/** How the check instances of one category (Conformance, Completeness, Plausibility, or all) came out. */
public record CategorySummary(String category, int passed, int failed, int notApplicable, int errors) {

    public int total() {
        return passed + failed + notApplicable + errors;
    }

    /** Passed among the checks that ran and could be judged (DQD leaves not-applicable checks out), in percent. */
    public double passRate() {
        int judged = passed + failed + errors;
        return judged == 0 ? 100.0 : 100.0 * passed / judged;
    }
}
