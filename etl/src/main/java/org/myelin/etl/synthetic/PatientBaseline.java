package org.myelin.etl.synthetic;

import org.jspecify.annotations.Nullable;

/** What is fixed about a patient before the disease course is simulated; days are epoch days. */
record PatientBaseline(Centre centre, Sex sex, int birthDay, @Nullable Integer onsetDay, int diagnosisDay,
        Course initialCourse, int followUpEnd, int exportDay) {
}
