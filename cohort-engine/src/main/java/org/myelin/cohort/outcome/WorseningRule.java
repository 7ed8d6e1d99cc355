package org.myelin.cohort.outcome;

import java.math.BigDecimal;

/**
 * How confirmed disability worsening is found (shared/ms/README.md): an EDSS at least 1.5 above a baseline of 0, 1.0
 * above a baseline below {@code halfStepFrom} and 0.5 above a baseline from {@code halfStepFrom} on (6.0 in the MSBase
 * and CORe convention, 5.5 where the line is drawn at 5.0), confirmed {@code confirmationWeeks} later; EDSS scores
 * from a relapse's onset to {@code relapseExclusionDays} after it are not used at all; the baseline is the first usable
 * EDSS and, when {@code roving}, moves to the confirmation visit after each confirmed event.
 */
public record WorseningRule(int confirmationWeeks, boolean roving, int relapseExclusionDays, BigDecimal halfStepFrom) {

    /** 12-week confirmation, fixed baseline, 30-day relapse exclusion, half steps from EDSS 6.0. */
    public static final WorseningRule MSBASE = new WorseningRule(12, false, 30, new BigDecimal("6.0"));

    public WorseningRule {
        if (confirmationWeeks < 1) {
            throw new IllegalArgumentException("the confirmation period must be at least 1 week, not " + confirmationWeeks);
        }
        if (relapseExclusionDays < 0) {
            throw new IllegalArgumentException("the relapse exclusion window must not be negative, not " + relapseExclusionDays);
        }
        if (halfStepFrom.compareTo(new BigDecimal("5.5")) != 0 && halfStepFrom.compareTo(new BigDecimal("6.0")) != 0) {
            throw new IllegalArgumentException("the 0.5-point threshold starts at a baseline of 5.5 or 6.0, not " + halfStepFrom);
        }
    }

    public WorseningRule withConfirmationWeeks(int weeks) {
        return new WorseningRule(weeks, roving, relapseExclusionDays, halfStepFrom);
    }

    public WorseningRule withRovingBaseline() {
        return new WorseningRule(confirmationWeeks, true, relapseExclusionDays, halfStepFrom);
    }

    public WorseningRule withFixedBaseline() {
        return new WorseningRule(confirmationWeeks, false, relapseExclusionDays, halfStepFrom);
    }

    public WorseningRule withRelapseExclusionDays(int days) {
        return new WorseningRule(confirmationWeeks, roving, days, halfStepFrom);
    }

    public WorseningRule withHalfStepFrom(BigDecimal baseline) {
        return new WorseningRule(confirmationWeeks, roving, relapseExclusionDays, baseline);
    }

    int confirmationDays() {
        return 7 * confirmationWeeks;
    }

    /** The rule in words, for cohort_definition and reports. */
    String describe() {
        return confirmationWeeks + "-week confirmation, " + (roving ? "roving" : "fixed") + " baseline, EDSS within "
                + relapseExclusionDays + " days after a relapse not used, +0.5 from a baseline of " + halfStepFrom.toPlainString();
    }
}
