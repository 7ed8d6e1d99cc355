package org.myelin.cohort.study;

import java.util.Arrays;
import java.util.Optional;

/** The analyses a study can ask for, by the name a study definition uses. */
public enum Analysis {
    COHORT_COUNTS("cohortCounts"),
    ATTRITION("attrition"),
    CHARACTERISTICS("characteristics"),
    INCIDENCE("incidence"),
    TIME_TO_EVENT("timeToEvent"),
    TREATMENT_SEQUENCES("treatmentSequences"),
    RELAPSE_RATE("relapseRate");

    private final String jsonName;

    Analysis(String jsonName) {
        this.jsonName = jsonName;
    }

    public String jsonName() {
        return jsonName;
    }

    static Optional<Analysis> named(String name) {
        return Arrays.stream(values()).filter(analysis -> analysis.jsonName.equals(name)).findFirst();
    }
}
