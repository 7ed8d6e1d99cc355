package org.myelin.etl.fhir;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import org.hl7.fhir.r4.model.BooleanType;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * Observation: a measurement or observation by its concept's domain, with its value (a quantity with its UCUM
 * unit, a concept, text) and reference range; each component a row of its own. DiagnosticReport: its code as a
 * row of the same kind, dated like its results, which it links to (resolved in SQL, see FhirResolution).
 */
final class ObservationMapper {

    private static final String UCUM = "http://unitsofmeasure.org";

    private final FhirMapping mapping;

    ObservationMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(Observation observation, MappedResource out) throws FhirResourceParser.Rejected {
        if (observation.getStatus() == Observation.ObservationStatus.ENTEREDINERROR
                || observation.getStatus() == Observation.ObservationStatus.CANCELLED) {
            out.skip("Observation: status " + observation.getStatus().toCode());
            return;
        }
        out.referenceable("Observation", null); // a DiagnosticReport's result
        String patient = mapping.patient(observation.getSubject(), "Observation.subject");
        String encounter = FhirReferences.key(observation.getEncounter());
        LocalDateTime start = mapping.start(observation.getEffective(), "Observation.effective");
        if (start == null) {
            start = mapping.dates().dateTime(observation.getIssuedElement(), "Observation.issued");
        }
        start = FhirMapping.required(start, "Observation.effective[x] and issued");
        if (observation.hasValue() || !observation.hasComponent()) {
            FhirConcepts.Coded code = mapping.concepts().code(observation.getCode(), "Observation.code");
            FhirEvent.Value value = value(observation.getValue(), observation.getReferenceRange(), "Observation.value");
            out.add(mapping.router().route(new FhirEvent(code, usualDomain(value), start, null, value)), patient, encounter);
        }
        List<Observation.ObservationComponentComponent> components = observation.getComponent();
        for (int i = 0; i < components.size(); i++) {
            Observation.ObservationComponentComponent component = components.get(i);
            String path = "Observation.component[" + i + "]";
            FhirConcepts.Coded code = mapping.concepts().code(component.getCode(), path + ".code");
            FhirEvent.Value value = value(component.getValue(), component.getReferenceRange(), path + ".value");
            out.add(mapping.router().route(new FhirEvent(code, usualDomain(value), start, null, value)), patient, encounter);
        }
    }

    void map(DiagnosticReport report, MappedResource out) throws FhirResourceParser.Rejected {
        if (report.getStatus() == DiagnosticReport.DiagnosticReportStatus.ENTEREDINERROR
                || report.getStatus() == DiagnosticReport.DiagnosticReportStatus.CANCELLED) {
            out.skip("DiagnosticReport: status " + report.getStatus().toCode());
            return;
        }
        String patient = mapping.patient(report.getSubject(), "DiagnosticReport.subject");
        FhirConcepts.Coded code = mapping.concepts().code(report.getCode(), "DiagnosticReport.code");
        LocalDateTime start = mapping.start(report.getEffective(), "DiagnosticReport.effective");
        if (start == null) {
            start = mapping.dates().dateTime(report.getIssuedElement(), "DiagnosticReport.issued");
        }
        for (Reference result : report.getResult()) {
            String key = FhirReferences.key(result);
            if (key != null) {
                out.result(key);
            }
        }
        FhirEvent.Value conclusion = report.hasConclusion() ? FhirEvent.Value.text(report.getConclusion()) : null;
        out.add(mapping.router().route(new FhirEvent(code, "Measurement",
                FhirMapping.required(start, "DiagnosticReport.effective[x] and issued"), null, conclusion)), patient,
                FhirReferences.key(report.getEncounter()));
    }

    /** An unmapped code with a number is usually a measurement, else an observation. */
    private static String usualDomain(FhirEvent.@Nullable Value value) {
        return value != null && value.number() != null ? "Measurement" : "Observation";
    }

    private FhirEvent.@Nullable Value value(@Nullable Type value, List<Observation.ObservationReferenceRangeComponent> ranges,
            String path) throws FhirResourceParser.Rejected {
        BigDecimal low = null;
        BigDecimal high = null;
        if (!ranges.isEmpty()) {
            Observation.ObservationReferenceRangeComponent range = ranges.getFirst();
            low = range.hasLow() ? range.getLow().getValue() : null;
            high = range.hasHigh() ? range.getHigh().getValue() : null;
        }
        FhirConcepts.Coded none = FhirConcepts.Coded.NONE;
        return switch (value) {
            case null -> null;
            case Quantity quantity -> new FhirEvent.Value(quantity.getValue(), unit(quantity, path), none, null, low, high);
            case CodeableConcept concept -> new FhirEvent.Value(null, none,
                    mapping.concepts().code(concept, path + "CodeableConcept"), null, low, high);
            case IntegerType integer -> new FhirEvent.Value(BigDecimal.valueOf(integer.getValue()), none, none, null, low, high);
            case StringType text -> new FhirEvent.Value(null, none, none, text.getValue(), low, high);
            case BooleanType bool -> new FhirEvent.Value(null, none, none, bool.getValueAsString(), low, high);
            default -> new FhirEvent.Value(null, none, none, value.primitiveValue(), low, high);
        };
    }

    /** The unit of a quantity: its UCUM code resolved, or the unit text kept as source value. */
    FhirConcepts.Coded unit(Quantity quantity, String path) {
        if (quantity.hasCode()) {
            String system = quantity.hasSystem() ? quantity.getSystem() : UCUM;
            return mapping.concepts().code(system, quantity.getCode());
        }
        return quantity.hasUnit() ? new FhirConcepts.Coded(0, null, 0, quantity.getUnit(), 0) : FhirConcepts.Coded.NONE;
    }
}
