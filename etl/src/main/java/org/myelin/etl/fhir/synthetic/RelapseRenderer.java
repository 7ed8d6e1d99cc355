package org.myelin.etl.fhir.synthetic;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationDosageComponent;
import org.hl7.fhir.r4.model.MedicationAdministration.MedicationAdministrationStatus;
import org.myelin.etl.fhir.synthetic.EncounterFactory.EncounterClass;
import org.myelin.etl.synthetic.FunctionalSystem;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.Relapse;

/**
 * Relapses as the hospital sees them: a mild one at an unscheduled outpatient visit, a moderate one in the
 * emergency department, a severe one admitted (the emergency visit and the ward stay are encounters part of the
 * admission); an encounter diagnosis (optic neuritis when the eye is involved) and intravenous methylprednisolone
 * when treated with steroids.
 */
final class RelapseRenderer {

    /** The longest a relapse keeps the hospital busy (steroids, admission); one not over by the last day is left out. */
    private static final int MAX_CARE_DAYS = 10;

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        EncounterFactory encounters = new EncounterFactory(out);
        LocalDate lastDay = FhirTime.lastDay(history);
        for (Relapse relapse : history.relapses()) {
            LocalDate seen = relapse.onset().plusDays(1 + random.nextInt(5));
            int arrival = 7 * 60 + random.nextInt(12 * 60);
            int steroidDays = relapse.steroidTreated() ? 3 + random.nextInt(3) : 0;
            if (seen.plusDays(MAX_CARE_DAYS).isAfter(lastDay)) {
                continue;
            }
            Encounter encounter = switch (relapse.severity()) {
                case MILD -> encounters.encounter(EncounterClass.AMB, "Unscheduled neurology consultation", seen,
                        arrival, seen, arrival + 30, null);
                case MODERATE -> encounters.encounter(EncounterClass.EMER, "Emergency department visit", seen,
                        arrival, seen, arrival + 180 + random.nextInt(240), null);
                case SEVERE -> admission(encounters, seen, arrival, Math.max(steroidDays, 2) + random.nextInt(5));
            };
            diagnosis(relapse, seen, lastDay, encounter, out);
            for (int day = 0; day < steroidDays; day++) {
                MedicationAdministration steroid = out.add(new MedicationAdministration(), "madm");
                int start = arrival + 60 + day * 24 * 60;
                steroid.setStatus(MedicationAdministrationStatus.COMPLETED)
                        .setMedication(new CodeableConcept(FhirCodes.coding(FhirCodes.ATC, "H02AB04",
                                "methylprednisolone")).setText("methylprednisolone"))
                        .setSubject(out.patient())
                        .setContext(out.reference(encounter))
                        .setEffective(FhirTime.period(seen, start, seen, start + 60))
                        .setDosage(new MedicationAdministrationDosageComponent()
                                .setRoute(FhirCodes.route("intravenous"))
                                .setDose(ObservationFactory.simpleQuantity(1000, 0, "mg")));
            }
        }
    }

    /** The admission, its emergency-department part and its ward part. */
    private static Encounter admission(EncounterFactory encounters, LocalDate day, int arrival, int days) {
        int admitted = arrival + 240;
        Encounter stay = encounters.encounter(EncounterClass.IMP, "Neurology admission", day, arrival,
                day.plusDays(days), 11 * 60, null);
        encounters.encounter(EncounterClass.EMER, "Emergency department", day, arrival, day, admitted, stay);
        encounters.encounter(EncounterClass.IMP, "Neurology ward", day, admitted, day.plusDays(days), 11 * 60, stay);
        return stay;
    }

    /** The relapse's diagnosis, resolved when it ended by the last day of the record. */
    private static void diagnosis(Relapse relapse, LocalDate seen, LocalDate lastDay, Encounter encounter,
            PatientResources out) {
        boolean optic = relapse.systems().contains(FunctionalSystem.VISUAL);
        CodeableConcept code = optic
                ? new CodeableConcept(FhirCodes.coding(FhirCodes.SNOMED, "66760008", "Optic neuritis"))
                        .addCoding(FhirCodes.coding(FhirCodes.ICD10, "H46", "Optic neuritis")).setText("Optic neuritis")
                : new CodeableConcept(FhirCodes.coding(FhirCodes.SITE, "RELAPSE", "Multiple sclerosis relapse"))
                        .addCoding(FhirCodes.coding(FhirCodes.ICD10, "G35", "Multiple sclerosis"))
                        .setText("Multiple sclerosis relapse");
        Condition condition = out.add(new Condition(), "con");
        condition.setSubject(out.patient()).setEncounter(out.reference(encounter)).setCode(code)
                .addCategory(FhirCodes.concept(FhirCodes.CONDITION_CATEGORY, "encounter-diagnosis",
                        "Encounter Diagnosis"))
                .setVerificationStatus(FhirCodes.concept(FhirCodes.CONDITION_VERIFICATION, "confirmed", "Confirmed"))
                .setOnset(FhirTime.day(relapse.onset()))
                .setRecordedDateElement(FhirTime.day(seen));
        if (relapse.end() != null && !relapse.end().isAfter(lastDay)) {
            condition.setAbatement(FhirTime.day(relapse.end()))
                    .setClinicalStatus(FhirCodes.concept(FhirCodes.CONDITION_CLINICAL, "resolved", "Resolved"));
        } else {
            condition.setClinicalStatus(FhirCodes.concept(FhirCodes.CONDITION_CLINICAL, "active", "Active"));
        }
    }
}
