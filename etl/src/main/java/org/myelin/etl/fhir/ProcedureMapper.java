package org.myelin.etl.fhir;

import java.time.LocalDateTime;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Procedure;

/** Procedure and ImagingStudy: procedure_occurrence (or the table of the code's domain). */
final class ProcedureMapper {

    private final FhirMapping mapping;

    ProcedureMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(Procedure procedure, MappedResource out) throws FhirResourceParser.Rejected {
        if (procedure.getStatus() == Procedure.ProcedureStatus.ENTEREDINERROR
                || procedure.getStatus() == Procedure.ProcedureStatus.NOTDONE) {
            out.skip("Procedure: status " + procedure.getStatus().toCode());
            return;
        }
        String patient = mapping.patient(procedure.getSubject(), "Procedure.subject");
        FhirConcepts.Coded code = mapping.concepts().code(procedure.getCode(), "Procedure.code");
        LocalDateTime start = FhirMapping.required(mapping.start(procedure.getPerformed(), "Procedure.performed"),
                "Procedure.performed[x]");
        out.add(mapping.router().route(new FhirEvent(code, "Procedure", start,
                mapping.end(procedure.getPerformed(), "Procedure.performed"), null)), patient,
                FhirReferences.key(procedure.getEncounter()));
    }

    void map(ImagingStudy study, MappedResource out) throws FhirResourceParser.Rejected {
        if (study.getStatus() == ImagingStudy.ImagingStudyStatus.ENTEREDINERROR
                || study.getStatus() == ImagingStudy.ImagingStudyStatus.CANCELLED) {
            out.skip("ImagingStudy: status " + study.getStatus().toCode());
            return;
        }
        String patient = mapping.patient(study.getSubject(), "ImagingStudy.subject");
        FhirConcepts.Coded code = study.hasProcedureCode()
                ? mapping.concepts().code(study.getProcedureCodeFirstRep(), "ImagingStudy.procedureCode[0]")
                : mapping.concepts().code(study.getModalityFirstRep(), "ImagingStudy.modality[0]");
        LocalDateTime start = FhirMapping.required(mapping.dates().dateTime(study.getStartedElement(), "ImagingStudy.started"),
                "ImagingStudy.started");
        out.add(mapping.router().route(new FhirEvent(code, "Procedure", start, null, null)), patient,
                FhirReferences.key(study.getEncounter()));
    }
}
