package org.myelin.etl.registry.synthetic;

import static org.myelin.etl.registry.QuarantineReason.DUPLICATE_ID;
import static org.myelin.etl.registry.QuarantineReason.END_BEFORE_START;
import static org.myelin.etl.registry.QuarantineReason.INVALID_DATE;
import static org.myelin.etl.registry.QuarantineReason.INVALID_NUMBER;
import static org.myelin.etl.registry.QuarantineReason.INVALID_VALUE;
import static org.myelin.etl.registry.QuarantineReason.MALFORMED_ROW;
import static org.myelin.etl.registry.QuarantineReason.MISSING_VALUE;
import static org.myelin.etl.registry.QuarantineReason.OUT_OF_RANGE;
import static org.myelin.etl.registry.QuarantineReason.UNKNOWN_PATIENT;
import static org.myelin.etl.registry.QuarantineReason.UNKNOWN_REFERENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.registry.QuarantineReason;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.etl.registry.synthetic.DefectSeeder.Defect;
import org.myelin.etl.registry.synthetic.DefectSeeder.DefectContext;

/**
 * Every kind of bad row the format's "Bad input" section names or implies, per file: each is a valid row of the
 * patient with exactly one value broken.
 */
final class DefectKinds {

    private DefectKinds() {
    }

    static List<Defect> all() {
        List<Defect> kinds = new ArrayList<>();
        RegistryFile file = RegistryFile.PATIENTS;
        kinds.add(broken(file, "patient_id", MISSING_VALUE, "", DefectKinds::patient));
        kinds.add(broken(file, "sex", MISSING_VALUE, "", DefectKinds::patient));
        kinds.add(broken(file, "sex", INVALID_VALUE, "X", DefectKinds::patient));
        kinds.add(broken(file, "birth_date", INVALID_DATE, "1985-13-01", DefectKinds::patient));
        kinds.add(broken(file, "onset_date", INVALID_DATE, "spring 2001", DefectKinds::patient));
        kinds.add(broken(file, "diagnosis_date", INVALID_DATE, "31/12/2015", DefectKinds::patient));
        kinds.add(broken(file, "country", INVALID_VALUE, "Denmark", DefectKinds::patient));
        kinds.add(broken(file, "centre_id", UNKNOWN_REFERENCE, "ZZ99", DefectKinds::patient));
        kinds.add(broken(file, "onset_symptoms", INVALID_VALUE, "optic;vision", DefectKinds::patient));
        kinds.add(broken(file, "diagnosis_criteria", INVALID_VALUE, "McDonald2024", DefectKinds::patient));
        kinds.add(broken(file, "initial_course", INVALID_VALUE, "SPMS", DefectKinds::patient));
        kinds.add(broken(file, "death_date", END_BEFORE_START, "1979-01-01", DefectKinds::patient));
        kinds.add(duplicate(file, "patient_id", DefectKinds::patient, "last_contact_date", "2021-01-01"));

        file = RegistryFile.VISITS;
        kinds.add(broken(file, "visit_date", MISSING_VALUE, "", DefectKinds::visit));
        kinds.add(broken(file, "visit_date", INVALID_DATE, "2019-02-30", DefectKinds::visit));
        kinds.add(broken(file, "edss", OUT_OF_RANGE, "11", DefectKinds::visit));
        kinds.add(broken(file, "edss", OUT_OF_RANGE, "3.25", DefectKinds::visit));
        kinds.add(broken(file, "edss", INVALID_NUMBER, "three", DefectKinds::visit));
        kinds.add(broken(file, "fs_pyramidal", OUT_OF_RANGE, "7", DefectKinds::visit));
        kinds.add(broken(file, "ambulation", OUT_OF_RANGE, "17", DefectKinds::visit));
        kinds.add(broken(file, "sdmt_score", OUT_OF_RANGE, "120", DefectKinds::visit));
        kinds.add(broken(file, "t25fw_seconds", OUT_OF_RANGE, "0", DefectKinds::visit));
        kinds.add(broken(file, "course", INVALID_VALUE, "SP", DefectKinds::visit));
        kinds.add(unknownPatient(file, DefectKinds::visit));
        kinds.add(duplicate(file, "visit_id", DefectKinds::visit, "visit_date", null));

        file = RegistryFile.RELAPSES;
        kinds.add(broken(file, "onset_date", MISSING_VALUE, "", DefectKinds::relapse));
        kinds.add(broken(file, "onset_date", INVALID_DATE, "2020/05/01", DefectKinds::relapse));
        kinds.add(endBeforeStart(file, "end_date", DefectKinds::relapse));
        kinds.add(broken(file, "severity", INVALID_VALUE, "extreme", DefectKinds::relapse));
        kinds.add(broken(file, "systems_involved", INVALID_VALUE, "pyramidal;spleen", DefectKinds::relapse));
        kinds.add(unknownPatient(file, DefectKinds::relapse));
        kinds.add(duplicate(file, "relapse_id", DefectKinds::relapse, "severity", "mild"));

        file = RegistryFile.TREATMENTS;
        kinds.add(broken(file, "drug", MISSING_VALUE, "", DefectKinds::treatment));
        kinds.add(broken(file, "start_date", MISSING_VALUE, "", DefectKinds::treatment));
        kinds.add(broken(file, "start_date", INVALID_DATE, "20200101", DefectKinds::treatment));
        kinds.add(endBeforeStart(file, "end_date", DefectKinds::treatment));
        kinds.add(broken(file, "stop_reason", INVALID_VALUE, "bored", DefectKinds::treatment));
        kinds.add(unknownPatient(file, DefectKinds::treatment));
        kinds.add(duplicate(file, "treatment_id", DefectKinds::treatment, "drug", "Tysabri"));

        file = RegistryFile.MRI;
        kinds.add(broken(file, "exam_date", MISSING_VALUE, "", DefectKinds::mri));
        kinds.add(broken(file, "t2_lesions", OUT_OF_RANGE, "-3", DefectKinds::mri));
        kinds.add(broken(file, "t2_lesions_category", INVALID_VALUE, "10+", DefectKinds::mri));
        kinds.add(broken(file, "region", INVALID_VALUE, "knee", DefectKinds::mri));
        kinds.add(broken(file, "contrast", INVALID_VALUE, "maybe", DefectKinds::mri));
        kinds.add(broken(file, "gd_lesions", INVALID_NUMBER, "many", DefectKinds::mri));
        kinds.add(unknownPatient(file, DefectKinds::mri));
        kinds.add(duplicate(file, "mri_id", DefectKinds::mri, "region", "spine"));

        file = RegistryFile.LABS;
        kinds.add(broken(file, "test", MISSING_VALUE, "", DefectKinds::lab));
        kinds.add(broken(file, "test", INVALID_VALUE, "csf_xyz", DefectKinds::lab));
        kinds.add(broken(file, "sample_date", INVALID_DATE, "2021-00-10", DefectKinds::lab));
        kinds.add(broken(file, "value", INVALID_NUMBER, "high", DefectKinds::lab));
        kinds.add(malformed(file, DefectKinds::lab));
        kinds.add(unknownPatient(file, DefectKinds::lab));

        file = RegistryFile.PROMS;
        kinds.add(broken(file, "score", MISSING_VALUE, "", DefectKinds::prom));
        kinds.add(broken(file, "instrument", INVALID_VALUE, "SF36", DefectKinds::prom));
        kinds.add(broken(file, "score", INVALID_NUMBER, "n/a", DefectKinds::prom));
        kinds.add(broken(file, "date", INVALID_DATE, "2020-06", DefectKinds::prom));
        kinds.add(unknownPatient(file, DefectKinds::prom));

        file = RegistryFile.ADVERSE_EVENTS;
        kinds.add(broken(file, "description", MISSING_VALUE, "", DefectKinds::adverseEvent));
        kinds.add(broken(file, "onset_date", MISSING_VALUE, "", DefectKinds::adverseEvent));
        kinds.add(broken(file, "serious", INVALID_VALUE, "maybe", DefectKinds::adverseEvent));
        kinds.add(broken(file, "outcome", INVALID_VALUE, "dead", DefectKinds::adverseEvent));
        kinds.add(broken(file, "suspected_treatment_id", UNKNOWN_REFERENCE, "T-NONE", DefectKinds::adverseEvent));
        kinds.add(unknownPatient(file, DefectKinds::adverseEvent));
        kinds.add(duplicate(file, "ae_id", DefectKinds::adverseEvent, "description", "Fatigue"));

        file = RegistryFile.PREGNANCIES;
        kinds.add(broken(file, "start_date", MISSING_VALUE, "", DefectKinds::pregnancy));
        kinds.add(endBeforeStart(file, "outcome_date", DefectKinds::pregnancy));
        kinds.add(broken(file, "outcome", INVALID_VALUE, "twins", DefectKinds::pregnancy));
        kinds.add(broken(file, "dmt_exposed", INVALID_VALUE, "yes", DefectKinds::pregnancy));
        kinds.add(unknownPatient(file, DefectKinds::pregnancy));
        kinds.add(duplicate(file, "pregnancy_id", DefectKinds::pregnancy, "outcome", "unknown"));
        return List.copyOf(kinds);
    }

    /** A valid row with one value replaced. */
    private static Defect broken(RegistryFile file, String column, QuarantineReason reason, String value,
            Function<DefectContext, String[]> valid) {
        return new Defect(file, column, reason, context -> {
            String[] row = valid.apply(context);
            row[file.column(column)] = value.isEmpty() ? null : value;
            return List.<String[]>of(row);
        });
    }

    /** A valid row with one field too many, as a stray comma in an unquoted value leaves it. */
    private static Defect malformed(RegistryFile file, Function<DefectContext, String[]> valid) {
        return new Defect(file, "", MALFORMED_ROW, context -> {
            String[] row = valid.apply(context);
            String[] longer = Arrays.copyOf(row, row.length + 1);
            longer[row.length] = "stray";
            return List.<String[]>of(longer);
        });
    }

    /** A valid row whose end is the day before the patient's diagnosis, before every seeded start. */
    private static Defect endBeforeStart(RegistryFile file, String column, Function<DefectContext, String[]> valid) {
        return new Defect(file, column, END_BEFORE_START, context -> {
            String[] row = valid.apply(context);
            row[file.column(column)] = day(context, -1);
            return List.<String[]>of(row);
        });
    }

    /** A valid row whose patient_id patients.csv does not hold. */
    private static Defect unknownPatient(RegistryFile file, Function<DefectContext, String[]> valid) {
        return new Defect(file, "patient_id", UNKNOWN_PATIENT, context -> {
            String[] row = valid.apply(context);
            row[file.column("patient_id")] = context.unknownPatientId();
            return List.<String[]>of(row);
        });
    }

    /** A valid row, then another with the same id and one value changed (shifted by a day if that is a date). */
    private static Defect duplicate(RegistryFile file, String idColumn, Function<DefectContext, String[]> valid,
            String changedColumn, @Nullable String changedValue) {
        return new Defect(file, idColumn, DUPLICATE_ID, context -> {
            String[] original = valid.apply(context);
            String[] again = original.clone();
            int changed = file.column(changedColumn);
            again[changed] = changedValue != null ? changedValue
                    : LocalDate.parse(original[changed]).plusDays(1).toString();
            return List.of(original, again);
        });
    }

    private static String day(DefectContext context, int daysAfterDiagnosis) {
        return context.patient().diagnosisDate().plusDays(daysAfterDiagnosis).toString();
    }

    private static String[] patient(DefectContext context) {
        return new String[] {context.extraPatientId(), "F", "1980-05", context.patient().centre().country(),
            context.patient().centre().id(), "2005-03", "optic", "2006-01-15", "McDonald2005", "RRMS", null, null,
            "2020-01-01"};
    }

    private static String[] visit(DefectContext context) {
        return new String[] {context.rowId("V"), context.patientId(), day(context, 7), "2.0", "2", "1", "0", "0",
            "0", "0", "0", "0", "RRMS", "5.1", "19.0", "20.1", "55"};
    }

    private static String[] relapse(DefectContext context) {
        return new String[] {context.rowId("R"), context.patientId(), day(context, 40), day(context, 70),
            "moderate", "Y", "partial", "pyramidal;sensory"};
    }

    private static String[] treatment(DefectContext context) {
        return new String[] {context.rowId("T"), context.patientId(), "natalizumab", "L04AA23", day(context, 10),
            day(context, 300), "300", "mg", "intravenous", "patient_choice"};
    }

    private static String[] mri(DefectContext context) {
        return new String[] {context.rowId("M"), context.patientId(), day(context, 20), "brain", "Y", "6", "3-8",
            "1", "0", "2"};
    }

    private static String[] lab(DefectContext context) {
        return new String[] {context.patientId(), day(context, 5), "vitamin_d", "55", "nmol/L"};
    }

    private static String[] prom(DefectContext context) {
        return new String[] {context.patientId(), day(context, 5), "EQ5D_VAS", "70"};
    }

    private static String[] adverseEvent(DefectContext context) {
        return new String[] {context.rowId("AE"), context.patientId(), day(context, 15), null, "Headache", "N",
            null, "recovered"};
    }

    private static String[] pregnancy(DefectContext context) {
        return new String[] {context.rowId("PG"), context.patientId(), day(context, 100), "live_birth",
            day(context, 370), "N"};
    }
}
