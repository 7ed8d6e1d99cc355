package org.myelin.etl.fhir.synthetic;

import static org.myelin.etl.fhir.synthetic.FhirCodes.coding;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.myelin.etl.synthetic.Course;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.Visit;

/**
 * The MS diagnoses on the hospital's problem list: one Condition per course the patient went through (CIS, then
 * RRMS, then SPMS...), each ended when the next began; now and then a refuted differential diagnosis
 * (neuromyelitis optica) and a diagnosis entered in error.
 */
final class DiagnosisRenderer {

    private static final double REFUTED_DIFFERENTIAL_SHARE = 0.10;
    private static final double ENTERED_IN_ERROR_SHARE = 0.04;

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        boolean german = history.centre().country().equals("DE");
        Course course = history.initialCourse();
        LocalDate since = history.diagnosisDate();
        @Nullable LocalDate onset = history.onsetDate();
        Condition current = condition(course, german, onset != null ? onset : since, since, out);
        for (Visit visit : history.visits()) {
            Course next = visit.course();
            if (next != null && next != course && !visit.date().isBefore(since)) {
                LocalDate start = next == Course.SPMS && history.progressionOnsetDate() != null
                        ? history.progressionOnsetDate() : visit.date();
                current.setAbatement(FhirTime.day(visit.date()))
                        .setClinicalStatus(FhirCodes.concept(FhirCodes.CONDITION_CLINICAL, "resolved", "Resolved"));
                current = condition(next, german, start, visit.date(), out);
                course = next;
                since = visit.date();
            }
        }
        if (random.nextDouble() < REFUTED_DIFFERENTIAL_SHARE) {
            Condition nmo = problem(out, history.diagnosisDate().minusDays(10 + random.nextInt(60)),
                    "refuted", "Refuted");
            nmo.setCode(new CodeableConcept(coding(FhirCodes.SNOMED, "25044007", "Neuromyelitis optica"))
                    .addCoding(coding(FhirCodes.ICD10, "G36.0", "Neuromyelitis optica [Devic]"))
                    .setText("Neuromyelitis optica, ruled out"));
        }
        if (random.nextDouble() < ENTERED_IN_ERROR_SHARE) {
            Condition wrong = problem(out, history.diagnosisDate(), "entered-in-error", "Entered in Error");
            wrong.setCode(new CodeableConcept(coding(FhirCodes.ICD10, "G37.9",
                    "Demyelinating disease of central nervous system, unspecified")).setText("Demyelinating disease"));
        }
    }

    private static Condition condition(Course course, boolean german, LocalDate onset, LocalDate recorded,
            PatientResources out) {
        Condition condition = problem(out, recorded, "confirmed", "Confirmed");
        condition.setCode(code(course, german)).setOnset(FhirTime.day(onset))
                .setClinicalStatus(FhirCodes.concept(FhirCodes.CONDITION_CLINICAL, "active", "Active"));
        return condition;
    }

    private static Condition problem(PatientResources out, LocalDate recorded, String verification,
            String verificationDisplay) {
        Condition condition = out.add(new Condition(), "con");
        condition.setSubject(out.patient()).setRecordedDateElement(FhirTime.day(recorded))
                .setVerificationStatus(FhirCodes.concept(FhirCodes.CONDITION_VERIFICATION, verification,
                        verificationDisplay))
                .addCategory(FhirCodes.concept(FhirCodes.CONDITION_CATEGORY, "problem-list-item",
                        "Problem List Item"));
        return condition;
    }

    /** SNOMED CT where the course has a code, ICD-10 (ICD-10-GM in Germany), and the site code of the course. */
    private static CodeableConcept code(Course course, boolean german) {
        CodeableConcept code = new CodeableConcept();
        switch (course) {
            case RRMS -> code.addCoding(coding(FhirCodes.SNOMED, "426373005", "Relapsing remitting multiple sclerosis"));
            case SPMS -> code.addCoding(coding(FhirCodes.SNOMED, "425500002",
                    "Secondary progressive multiple sclerosis"));
            case PPMS -> code.addCoding(coding(FhirCodes.SNOMED, "428700003", "Primary progressive multiple sclerosis"));
            case CIS -> code.addCoding(coding(FhirCodes.SNOMED, "445967004", "Clinically isolated syndrome"));
            case PRMS -> code.addCoding(coding(FhirCodes.SNOMED, "24700007", "Multiple sclerosis"));
            case RIS -> { }
        }
        if (german) {
            code.addCoding(switch (course) {
                case CIS -> coding(FhirCodes.ICD10_GM, "G35.0", "Erstmanifestation einer multiplen Sklerose");
                case RRMS -> coding(FhirCodes.ICD10_GM, "G35.10",
                        "Multiple Sklerose mit vorherrschend schubförmigem Verlauf");
                case PPMS, PRMS -> coding(FhirCodes.ICD10_GM, "G35.20",
                        "Multiple Sklerose mit primär-chronischem Verlauf");
                case SPMS -> coding(FhirCodes.ICD10_GM, "G35.30",
                        "Multiple Sklerose mit sekundär-chronischem Verlauf");
                case RIS -> coding(FhirCodes.ICD10_GM, "R90.8", "Sonstige abnorme Befunde bei der bildgebenden "
                        + "Diagnostik des Zentralnervensystems");
            });
        } else {
            code.addCoding(switch (course) {
                case CIS -> coding(FhirCodes.ICD10, "G37.9",
                        "Demyelinating disease of central nervous system, unspecified");
                case RIS -> coding(FhirCodes.ICD10, "R90.8",
                        "Other abnormal findings on diagnostic imaging of central nervous system");
                default -> coding(FhirCodes.ICD10, "G35", "Multiple sclerosis");
            });
        }
        code.addCoding(coding(FhirCodes.SITE, course.name(), course.name()));
        return code.setText(course.name());
    }
}
