package org.myelin.cohort.study;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.outcome.RelapseRate;
import org.myelin.cohort.outcome.RelapseRates;

/**
 * The annualised relapse rate of each target and comparator ({@link RelapseRates}: the relapse periods of the study's
 * relapse cohort starting inside the cohort's periods, over its person-years), with the exact Poisson 95% interval.
 */
final class RelapseRateAnalysis {

    static final ResultTable TABLE = ResultTable.of("relapse_rates.csv",
            "annualised relapse rate of each target and comparator over all its cohort periods",
            ResultColumn.label("cohort_id", "the target or comparator cohort"),
            ResultColumn.label("relapse_cohort_id", "the cohort of relapse events counted (one period per relapse)"),
            ResultColumn.count("persons", "persons in the cohort"),
            ResultColumn.count("relapses", "relapse events starting inside the cohort's periods"),
            ResultColumn.derived("person_years", "days in the cohort's periods, both ends counted, over 365.25",
                    "persons"),
            ResultColumn.derived("annualised_relapse_rate", "relapses per person-year"),
            ResultColumn.derived("ci95_lower", "exact Poisson 95% lower limit of the rate"),
            ResultColumn.derived("ci95_upper", "exact Poisson 95% upper limit of the rate"));

    private RelapseRateAnalysis() {
    }

    static ResultTable run(RelapseRates rates, List<CohortReference> cohorts, int relapseCohortId) {
        List<RelapseRate> found = rates.of(cohorts.stream().map(CohortReference::cohortId).toList(), relapseCohortId);
        List<List<@Nullable Object>> rows = new ArrayList<>();
        for (int i = 0; i < cohorts.size(); i++) {
            RelapseRate rate = found.get(i);
            List<@Nullable Object> values = new ArrayList<>(List.of(cohorts.get(i).cohortId(), relapseCohortId,
                    rate.persons(), rate.relapses(), rate.personYears()));
            values.addAll(PoissonInterval.rateWithLimits(rate.relapses(), rate.personYears(), 1));
            rows.add(values);
        }
        return TABLE.withRows(rows);
    }
}
