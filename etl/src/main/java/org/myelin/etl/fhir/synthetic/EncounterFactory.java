package org.myelin.etl.fhir.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;

/** Builds the finished Encounters of one patient: class AMB, IMP or EMER, optionally part of another. */
final class EncounterFactory {

    /** The encounter classes the hospital uses (HL7 v3 ActCode). */
    enum EncounterClass {
        AMB("ambulatory"),
        IMP("inpatient encounter"),
        EMER("emergency");

        private final String display;

        EncounterClass(String display) {
            this.display = display;
        }
    }

    private final PatientResources out;

    EncounterFactory(PatientResources out) {
        this.out = out;
    }

    Encounter encounter(EncounterClass encounterClass, String type, LocalDate start, int startMinute,
            LocalDate end, int endMinute, @Nullable Encounter partOf) {
        Encounter encounter = out.add(new Encounter(), "enc");
        encounter.setStatus(EncounterStatus.FINISHED)
                .setClass_(FhirCodes.coding(FhirCodes.ACT_CODE, encounterClass.name(), encounterClass.display))
                .addType(new CodeableConcept().setText(type))
                .setSubject(out.patient())
                .setPeriod(FhirTime.period(start, startMinute, end, endMinute))
                .addReasonCode(FhirCodes.concept(FhirCodes.SNOMED, "24700007", "Multiple sclerosis"));
        if (partOf != null) {
            encounter.setPartOf(out.reference(partOf));
        }
        return encounter;
    }
}
