package org.myelin.etl.fhir;

import java.time.LocalDateTime;
import java.util.Set;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.myelin.sql.jooq.cdm.tables.records.ObservationRecord;

/**
 * AllergyIntolerance: an observation of the allergy's code (the substance or the allergy concept), its criticality
 * as the value. Refuted and entered-in-error allergies are skipped by rule.
 */
final class AllergyMapper {

    private static final Set<String> NOT_LOADED = Set.of("refuted", "entered-in-error");

    private final FhirMapping mapping;

    AllergyMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(AllergyIntolerance allergy, MappedResource out) throws FhirResourceParser.Rejected {
        String verification = allergy.getVerificationStatus().getCodingFirstRep().getCode();
        if (verification != null && NOT_LOADED.contains(verification)) {
            out.skip("AllergyIntolerance: verification status " + verification);
            return;
        }
        String patient = mapping.patient(allergy.getPatient(), "AllergyIntolerance.patient");
        FhirConcepts.Coded code = mapping.concepts().code(allergy.getCode(), "AllergyIntolerance.code");
        LocalDateTime start = mapping.start(allergy.getOnset(), "AllergyIntolerance.onset");
        if (start == null) {
            start = mapping.dates().dateTime(allergy.getRecordedDateElement(), "AllergyIntolerance.recordedDate");
        }
        String criticality = allergy.hasCriticality() ? allergy.getCriticality().toCode() : null;
        ObservationRecord row = mapping.router().observation(new FhirEvent(code, "Observation",
                FhirMapping.required(start, "AllergyIntolerance.onset[x] and recordedDate"), null,
                FhirEvent.Value.text(criticality)));
        out.add(row, patient, FhirReferences.key(allergy.getEncounter()));
    }
}
