package org.myelin.etl.fhir;

import java.time.LocalDateTime;
import org.hl7.fhir.r4.model.Encounter;
import org.myelin.sql.jooq.cdm.tables.records.VisitDetailRecord;
import org.myelin.sql.jooq.cdm.tables.records.VisitOccurrenceRecord;

/**
 * Encounter: a visit_occurrence (class to the visit concept, admission source and discharge disposition), or a
 * visit_detail of its parent's visit when it is part of another encounter.
 */
final class EncounterMapper {

    private final FhirMapping mapping;

    EncounterMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(Encounter encounter, MappedResource out) throws FhirResourceParser.Rejected {
        if (encounter.getStatus() == Encounter.EncounterStatus.ENTEREDINERROR
                || encounter.getStatus() == Encounter.EncounterStatus.CANCELLED) {
            out.skip("Encounter: status " + encounter.getStatus().toCode());
            return;
        }
        String patient = mapping.patient(encounter.getSubject(), "Encounter.subject");
        FhirConcepts concepts = mapping.concepts();
        FhirConcepts.Coded visit = concepts.code(encounter.getClass_(), "Encounter.class");
        if (visit.conceptId() == 0 && encounter.hasType()) {
            visit = concepts.code(encounter.getTypeFirstRep(), "Encounter.type[0]");
        }
        LocalDateTime start = FhirMapping.required(mapping.dates().dateTime(encounter.getPeriod().getStartElement(),
                "Encounter.period.start"), "Encounter.period.start");
        LocalDateTime end = mapping.dates().dateTime(encounter.getPeriod().getEndElement(), "Encounter.period.end");
        if (end == null) {
            end = start;
        }
        FhirConcepts.Coded admitted = concepts.code(encounter.getHospitalization().getAdmitSource(),
                "Encounter.hospitalization.admitSource");
        FhirConcepts.Coded discharged = concepts.code(encounter.getHospitalization().getDischargeDisposition(),
                "Encounter.hospitalization.dischargeDisposition");
        String parent = FhirReferences.key(encounter.getPartOf());
        if (parent == null) {
            out.add(new VisitOccurrenceRecord()
                    .setVisitConceptId(visit.conceptId())
                    .setVisitStartDate(start.toLocalDate())
                    .setVisitStartDatetime(start)
                    .setVisitEndDate(end.toLocalDate())
                    .setVisitEndDatetime(end)
                    .setVisitTypeConceptId(mapping.router().typeConceptId())
                    .setVisitSourceValue(visit.sourceValue())
                    .setVisitSourceConceptId(visit.sourceConceptId())
                    .setAdmittedFromConceptId(admitted.conceptId())
                    .setAdmittedFromSourceValue(admitted.sourceValue())
                    .setDischargedToConceptId(discharged.conceptId())
                    .setDischargedToSourceValue(discharged.sourceValue()), patient, null);
        } else {
            out.add(new VisitDetailRecord()
                    .setVisitDetailConceptId(visit.conceptId())
                    .setVisitDetailStartDate(start.toLocalDate())
                    .setVisitDetailStartDatetime(start)
                    .setVisitDetailEndDate(end.toLocalDate())
                    .setVisitDetailEndDatetime(end)
                    .setVisitDetailTypeConceptId(mapping.router().typeConceptId())
                    .setVisitDetailSourceValue(visit.sourceValue())
                    .setVisitDetailSourceConceptId(visit.sourceConceptId())
                    .setAdmittedFromConceptId(admitted.conceptId())
                    .setAdmittedFromSourceValue(admitted.sourceValue())
                    .setDischargedToConceptId(discharged.conceptId())
                    .setDischargedToSourceValue(discharged.sourceValue()), patient, null, parent);
        }
        out.referenceable("Encounter", null);
    }
}
