package org.myelin.etl.fhir;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Set;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Dosage;
import org.hl7.fhir.r4.model.Enumeration;
import org.hl7.fhir.r4.model.Immunization;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.MedicationAdministration;
import org.hl7.fhir.r4.model.MedicationDispense;
import org.hl7.fhir.r4.model.MedicationRequest;
import org.hl7.fhir.r4.model.MedicationStatement;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.jooq.cdm.tables.records.DrugExposureRecord;

/**
 * MedicationRequest, MedicationStatement, MedicationAdministration, MedicationDispense and Immunization:
 * drug_exposure, with the medication as a CodeableConcept, a contained Medication, or a reference to a Medication
 * resolved in SQL; dose unit, route, quantity and days supply from the dispense or the dosage. Records entered in
 * error, not done or not taken are skipped by rule. A Medication is staged as a reference target with its drug.
 */
final class DrugMapper {

    private static final Set<String> NOT_LOADED = Set.of("entered-in-error", "not-done", "not-taken", "cancelled");

    private final FhirMapping mapping;

    DrugMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(Medication medication, MappedResource out) throws FhirResourceParser.Rejected {
        out.referenceable("Medication", mapping.concepts().code(medication.getCode(), "Medication.code"));
    }

    void map(MedicationRequest request, MappedResource out) throws FhirResourceParser.Rejected {
        if (skipped(request.getStatusElement(), "MedicationRequest", out)) {
            return;
        }
        LocalDateTime start = FhirMapping.required(mapping.dates().dateTime(request.getAuthoredOnElement(),
                "MedicationRequest.authoredOn"), "MedicationRequest.authoredOn");
        MedicationRequest.MedicationRequestDispenseRequestComponent dispense = request.getDispenseRequest();
        Integer days = days(dispense.getExpectedSupplyDuration());
        write(out, request.getMedication(), "MedicationRequest", mapping.patient(request.getSubject(), "MedicationRequest.subject"),
                FhirReferences.key(request.getEncounter()), start, null, request.getDosageInstructionFirstRep(),
                dispense.hasQuantity() ? dispense.getQuantity().getValue() : null, days);
    }

    void map(MedicationStatement statement, MappedResource out) throws FhirResourceParser.Rejected {
        if (skipped(statement.getStatusElement(), "MedicationStatement", out)) {
            return;
        }
        LocalDateTime start = FhirMapping.required(mapping.start(statement.getEffective(), "MedicationStatement.effective"),
                "MedicationStatement.effective[x]");
        write(out, statement.getMedication(), "MedicationStatement", mapping.patient(statement.getSubject(),
                "MedicationStatement.subject"), FhirReferences.key(statement.getContext()), start,
                mapping.end(statement.getEffective(), "MedicationStatement.effective"), statement.getDosageFirstRep(), null, null);
    }

    void map(MedicationAdministration administration, MappedResource out) throws FhirResourceParser.Rejected {
        if (skipped(administration.getStatusElement(), "MedicationAdministration", out)) {
            return;
        }
        LocalDateTime start = FhirMapping.required(mapping.start(administration.getEffective(),
                "MedicationAdministration.effective"), "MedicationAdministration.effective[x]");
        MedicationAdministration.MedicationAdministrationDosageComponent dosage = administration.getDosage();
        DrugExposureRecord row = write(out, administration.getMedication(), "MedicationAdministration",
                mapping.patient(administration.getSubject(), "MedicationAdministration.subject"),
                FhirReferences.key(administration.getContext()), start,
                mapping.end(administration.getEffective(), "MedicationAdministration.effective"), null,
                dosage.hasDose() ? dosage.getDose().getValue() : null, null);
        route(row, dosage.getRoute(), "MedicationAdministration.dosage.route");
        if (dosage.hasDose()) {
            row.setDoseUnitSourceValue(unit(dosage.getDose()));
        }
        row.setSig(dosage.getText());
    }

    void map(MedicationDispense dispense, MappedResource out) throws FhirResourceParser.Rejected {
        if (skipped(dispense.getStatusElement(), "MedicationDispense", out)) {
            return;
        }
        LocalDateTime start = mapping.dates().dateTime(dispense.getWhenHandedOverElement(), "MedicationDispense.whenHandedOver");
        if (start == null) {
            start = mapping.dates().dateTime(dispense.getWhenPreparedElement(), "MedicationDispense.whenPrepared");
        }
        write(out, dispense.getMedication(), "MedicationDispense", mapping.patient(dispense.getSubject(),
                "MedicationDispense.subject"), FhirReferences.key(dispense.getContext()),
                FhirMapping.required(start, "MedicationDispense.whenHandedOver and whenPrepared"), null,
                dispense.getDosageInstructionFirstRep(), dispense.hasQuantity() ? dispense.getQuantity().getValue() : null,
                days(dispense.getDaysSupply()));
    }

    void map(Immunization immunization, MappedResource out) throws FhirResourceParser.Rejected {
        if (skipped(immunization.getStatusElement(), "Immunization", out)) {
            return;
        }
        LocalDateTime start = FhirMapping.required(mapping.start(immunization.getOccurrence(), "Immunization.occurrence"),
                "Immunization.occurrence[x]");
        DrugExposureRecord row = write(out, immunization.getVaccineCode(), "Immunization",
                mapping.patient(immunization.getPatient(), "Immunization.patient"),
                FhirReferences.key(immunization.getEncounter()), start, null, null,
                immunization.hasDoseQuantity() ? immunization.getDoseQuantity().getValue() : null, null);
        route(row, immunization.getRoute(), "Immunization.route");
        row.setLotNumber(immunization.getLotNumber());
        if (immunization.hasDoseQuantity()) {
            row.setDoseUnitSourceValue(unit(immunization.getDoseQuantity()));
        }
    }

    private DrugExposureRecord write(MappedResource out, Type medication, String type, String patient,
            @Nullable String encounter, LocalDateTime start, @Nullable LocalDateTime end, @Nullable Dosage dosage,
            @Nullable BigDecimal quantity, @Nullable Integer days) throws FhirResourceParser.Rejected {
        FhirConcepts.Coded drug = FhirConcepts.Coded.NONE;
        String medicationKey = null;
        if (medication instanceof CodeableConcept concept) {
            drug = mapping.concepts().code(concept, type + ".medicationCodeableConcept");
        } else if (medication instanceof Reference reference) {
            if (reference.getResource() instanceof Medication contained) {
                drug = mapping.concepts().code(contained.getCode(), type + ".contained(Medication).code");
            } else {
                medicationKey = FhirReferences.key(reference);
            }
        }
        if (end == null && days != null && days > 0) {
            end = start.plusDays(days - 1);
        }
        DrugExposureRecord row = mapping.router().drug(new FhirEvent(drug, "Drug", start, end, null))
                .setQuantity(quantity)
                .setDaysSupply(days);
        if (dosage != null && !dosage.isEmpty()) {
            route(row, dosage.getRoute(), type + ".dosage.route");
            row.setSig(dosage.getText());
            Dosage.DosageDoseAndRateComponent dose = dosage.getDoseAndRateFirstRep();
            if (dose.hasDoseQuantity()) {
                row.setDoseUnitSourceValue(unit(dose.getDoseQuantity()));
            }
        }
        out.add(row, patient, encounter, medicationKey);
        return row;
    }

    private void route(DrugExposureRecord row, CodeableConcept route, String path) throws FhirResourceParser.Rejected {
        FhirConcepts.Coded coded = mapping.concepts().code(route, path);
        if (coded.sourceValue() != null) {
            row.setRouteConceptId(coded.conceptId()).setRouteSourceValue(coded.sourceValue());
        }
    }

    private static boolean skipped(Enumeration<?> status, String type, MappedResource out) {
        String code = status.getValueAsString();
        if (code != null && NOT_LOADED.contains(code)) {
            out.skip(type + ": status " + code);
            return true;
        }
        return false;
    }

    private static @Nullable Integer days(@Nullable Quantity duration) {
        if (duration == null || !duration.hasValue()) {
            return null;
        }
        String unit = duration.hasCode() ? duration.getCode() : duration.getUnit();
        int factor = "wk".equals(unit) ? 7 : "mo".equals(unit) ? 30 : 1;
        return duration.getValue().intValue() * factor;
    }

    private static @Nullable String unit(Quantity quantity) {
        return quantity.hasCode() ? quantity.getCode() : quantity.getUnit();
    }
}
