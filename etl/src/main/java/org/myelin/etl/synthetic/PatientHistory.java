package org.myelin.etl.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything that happened to one synthetic patient, with exact dates; writers decide what a source records
 * and how precisely.
 *
 * @param index position of the patient in the generated population (patient k is the same for any population size)
 * @param pseudonym the patient's pseudonymous id, the same in every source rendered from this history
 * @param onsetDate first symptom; null for radiologically isolated syndrome that never became clinical
 */
public record PatientHistory(int index, String pseudonym, Sex sex, LocalDate birthDate, String country,
        Centre centre, @Nullable LocalDate onsetDate, List<OnsetSymptom> onsetSymptoms, LocalDate diagnosisDate,
        @Nullable DiagnosisCriteria diagnosisCriteria, Course initialCourse, @Nullable LocalDate progressionOnsetDate,
        @Nullable LocalDate deathDate, LocalDate lastContactDate, List<Visit> visits, List<Relapse> relapses,
        List<TreatmentEpisode> treatments, List<MriExam> mriExams, List<LabResult> labs, List<PromScore> proms,
        List<AdverseEvent> adverseEvents, List<Pregnancy> pregnancies) {
}
