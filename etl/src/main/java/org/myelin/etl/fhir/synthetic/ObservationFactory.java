package org.myelin.etl.fhir.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationReferenceRangeComponent;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Quantity;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.SimpleQuantity;

/** Builds the Observations of one patient: final results with a category, subject, encounter and time. */
final class ObservationFactory {

    private final PatientResources out;

    ObservationFactory(PatientResources out) {
        this.out = out;
    }

    /** A final observation, added to the patient's resources. */
    Observation observation(String category, CodeableConcept code, @Nullable Reference encounter,
            DateTimeType effective) {
        Observation observation = out.add(new Observation(), "obs");
        observation.setStatus(ObservationStatus.FINAL)
                .addCategory(FhirCodes.concept(FhirCodes.OBSERVATION_CATEGORY, category, display(category)))
                .setCode(code)
                .setSubject(out.patient())
                .setEffective(effective);
        if (encounter != null) {
            observation.setEncounter(encounter);
        }
        return observation;
    }

    /** A UCUM quantity rounded to a number of decimals. */
    static Quantity quantity(double value, int decimals, String unit) {
        return new Quantity().setValue(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP))
                .setUnit(unit).setSystem(FhirCodes.UCUM).setCode(unit);
    }

    static ObservationReferenceRangeComponent range(@Nullable Double low, @Nullable Double high, int decimals,
            String unit) {
        ObservationReferenceRangeComponent range = new ObservationReferenceRangeComponent();
        if (low != null) {
            range.setLow(simpleQuantity(low, decimals, unit));
        }
        if (high != null) {
            range.setHigh(simpleQuantity(high, decimals, unit));
        }
        return range;
    }

    static SimpleQuantity simpleQuantity(double value, int decimals, String unit) {
        SimpleQuantity quantity = new SimpleQuantity();
        quantity.setValue(BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP))
                .setUnit(unit).setSystem(FhirCodes.UCUM).setCode(unit);
        return quantity;
    }

    private static String display(String category) {
        return switch (category) {
            case "vital-signs" -> "Vital Signs";
            case "laboratory" -> "Laboratory";
            case "imaging" -> "Imaging";
            case "survey" -> "Survey";
            default -> "Exam";
        };
    }
}
