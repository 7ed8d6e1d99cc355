package org.myelin.etl.fhir;

import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.QuestionnaireResponse;
import org.hl7.fhir.r4.model.Resource;

/** Sends each resource to the mapper of its type; a valid R4 resource of a type the CDM does not take is skipped. */
final class FhirMappers {

    private final PatientMapper patients;
    private final EncounterMapper encounters;
    private final ConditionMapper conditions;
    private final ObservationMapper observations;
    private final ProcedureMapper procedures;
    private final DrugMapper drugs;
    private final AllergyMapper allergies;
    private final QuestionnaireResponseMapper questionnaires;

    FhirMappers(FhirMapping mapping) {
        this.patients = new PatientMapper(mapping);
        this.encounters = new EncounterMapper(mapping);
        this.conditions = new ConditionMapper(mapping);
        this.observations = new ObservationMapper(mapping);
        this.procedures = new ProcedureMapper(mapping);
        this.drugs = new DrugMapper(mapping);
        this.allergies = new AllergyMapper(mapping);
        this.questionnaires = new QuestionnaireResponseMapper(mapping);
    }

    void map(Resource resource, MappedResource out) throws FhirResourceParser.Rejected {
        switch (resource) {
            case Patient patient -> patients.map(patient, out);
            case Encounter encounter -> encounters.map(encounter, out);
            case Condition condition -> conditions.map(condition, out);
            case Observation observation -> observations.map(observation, out);
            case DiagnosticReport report -> observations.map(report, out);
            case Procedure procedure -> procedures.map(procedure, out);
            case ImagingStudy study -> procedures.map(study, out);
            case Medication medication -> drugs.map(medication, out);
            case MedicationRequest request -> drugs.map(request, out);
            case MedicationStatement statement -> drugs.map(statement, out);
            case MedicationAdministration administration -> drugs.map(administration, out);
            case MedicationDispense dispense -> drugs.map(dispense, out);
            case Immunization immunization -> drugs.map(immunization, out);
            case AllergyIntolerance allergy -> allergies.map(allergy, out);
            case QuestionnaireResponse response -> questionnaires.map(response, out);
            default -> out.skip(resource.fhirType() + ": not a resource type the CDM takes");
        }
    }
}
