package org.myelin.etl.registry;

import java.util.List;

/** The files of the MS registry export format, version 1, with their columns in the order the format lists them. */
public enum RegistryFile {
    PATIENTS("patients.csv", "patient_id", "sex", "birth_date", "country", "centre_id", "onset_date",
            "onset_symptoms", "diagnosis_date", "diagnosis_criteria", "initial_course", "progression_onset_date",
            "death_date", "last_contact_date"),
    CENTRES("centres.csv", "centre_id", "name", "city", "country", "postal_code"),
    VISITS("visits.csv", "visit_id", "patient_id", "visit_date", "edss", "fs_pyramidal", "fs_cerebellar",
            "fs_brainstem", "fs_sensory", "fs_bowel_bladder", "fs_visual", "fs_cerebral", "ambulation", "course",
            "t25fw_seconds", "nhpt_dominant_seconds", "nhpt_nondominant_seconds", "sdmt_score"),
    RELAPSES("relapses.csv", "relapse_id", "patient_id", "onset_date", "end_date", "severity", "steroid_treated",
            "recovery", "systems_involved"),
    TREATMENTS("treatments.csv", "treatment_id", "patient_id", "drug", "atc_code", "start_date", "end_date", "dose",
            "dose_unit", "route", "stop_reason"),
    MRI("mri.csv", "mri_id", "patient_id", "exam_date", "region", "contrast", "t2_lesions", "t2_lesions_category",
            "new_or_enlarging_t2", "gd_lesions", "t1_hypointense"),
    LABS("labs.csv", "patient_id", "sample_date", "test", "value", "unit"),
    PROMS("proms.csv", "patient_id", "date", "instrument", "score"),
    ADVERSE_EVENTS("adverse_events.csv", "ae_id", "patient_id", "onset_date", "meddra_code", "description",
            "serious", "suspected_treatment_id", "outcome"),
    PREGNANCIES("pregnancies.csv", "pregnancy_id", "patient_id", "start_date", "outcome", "outcome_date",
            "dmt_exposed");

    private final String fileName;
    private final List<String> columns;

    RegistryFile(String fileName, String... columns) {
        this.fileName = fileName;
        this.columns = List.of(columns);
    }

    public String fileName() {
        return fileName;
    }

    public List<String> columns() {
        return columns;
    }

    /** The position of a column in {@link #columns()}. */
    public int column(String name) {
        int index = columns.indexOf(name);
        if (index < 0) {
            throw new IllegalArgumentException(fileName + " has no column " + name);
        }
        return index;
    }
}
