package org.myelin.cohort.outcome;

import java.math.BigDecimal;

/**
 * Conversion to secondary progression after Lorscheider 2016: the first confirmed worsening (3-month confirmation,
 * roving baseline, no relapse in the 30 days before: the EDSS of those days are not used) reaching EDSS 4 or more
 * with a pyramidal functional system score of 2 or more on the day of the worsening, and still EDSS 4 or more at the
 * confirmation. One cohort period per person, from the worsening to the confirmation.
 */
public record SecondaryProgression() implements Outcome {

    /** Lorscheider's worsening: 1.0 point up to a baseline of 5.5, 0.5 from 6.0, confirmed over 3 months. */
    static final WorseningRule RULE = new WorseningRule(13, true, 30, new BigDecimal("6.0"));
    static final BigDecimal MINIMUM_EDSS = new BigDecimal("4");
    static final BigDecimal MINIMUM_PYRAMIDAL = new BigDecimal("2");

    @Override
    public String name() {
        return "Conversion to secondary progression (Lorscheider 2016)";
    }
}
