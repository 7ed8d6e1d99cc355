package org.myelin.etl.fhir.synthetic;

import ca.uhn.fhir.parser.IParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Condition;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.Encounter.EncounterStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Observation.ObservationStatus;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.synthetic.PatientSeeds;

/**
 * Seeds bad FHIR input, each line with exactly one fault of a {@link FhirDefect} kind. Every kind occurs in any
 * output: the first patients get one kind each (in a population smaller than the number of kinds, some get
 * several); later patients get one now and then. Bad lines are extra resources with ids of their own
 * ({@code -x} and the kind's number): a patient's own resources stay valid and nothing refers to a bad one.
 */
final class FhirDefectSeeder {

    private static final double LATER_SHARE = 0.003;
    private static final List<FhirDefect> KINDS = List.of(FhirDefect.values());
    /** A year typed with 1 for 2 ({@code 1019} for {@code 2019}): a date no hospital record can have. */
    private static final int TYPO_YEARS = 1000;

    /**
     * One seeded line.
     *
     * @param fileType the resource type whose NDJSON file holds the line
     * @param resourceType the resource type the line declares (null when it is not JSON)
     * @param id the resource id the line declares (null when it is not JSON)
     * @param detail what is wrong with it, for the reader of expected-quarantine.csv
     */
    record BadLine(String fileType, @Nullable String resourceType, @Nullable String id, FhirDefect defect,
            String detail, String json) {
    }

    private final long seed;
    private final int patients;

    FhirDefectSeeder(long seed, int patients) {
        this.seed = seed;
        this.patients = patients;
    }

    /** The bad lines that follow a patient's own resources, usually none. */
    List<BadLine> lines(HospitalPatient patient, IParser parser) {
        int slot = patient.slot();
        List<BadLine> lines = new ArrayList<>();
        if (slot < KINDS.size()) {
            for (int kind = slot; kind < KINDS.size(); kind += patients) {
                lines.add(line(KINDS.get(kind), patient, parser));
            }
        } else {
            SplittableRandom random = PatientSeeds.random(seed, slot, PatientSeeds.Stream.FHIR_DEFECTS);
            if (random.nextDouble() < LATER_SHARE) {
                lines.add(line(KINDS.get(random.nextInt(KINDS.size())), patient, parser));
            }
        }
        return lines;
    }

    private static BadLine line(FhirDefect defect, HospitalPatient patient, IParser parser) {
        String suffix = patient.slot() + "-x" + defect.ordinal();
        Reference subject = PatientResources.reference("Patient", PatientResources.patientId(patient.slot()), false);
        LocalDate day = patient.history().diagnosisDate();
        return switch (defect) {
            case NOT_JSON -> {
                String json = parser.encodeResourceToString(bodyWeight("obs-" + suffix, subject, day));
                int cut = json.length() / 2;
                yield new BadLine("Observation", null, null, defect,
                        "the line breaks off after " + cut + " of " + json.length() + " characters",
                        json.substring(0, cut));
            }
            case INVALID_R4 -> {
                String json = parser.encodeResourceToString(bodyWeight("obs-" + suffix, subject, day));
                String invalid = json.replace("\"status\":\"final\"", "\"status\":\"finalised\"");
                if (invalid.equals(json)) {
                    throw new IllegalStateException("no status to break in " + json);
                }
                yield new BadLine("Observation", "Observation", "obs-" + suffix, defect,
                        "Observation.status 'finalised' is not an R4 observation status", invalid);
            }
            case UNKNOWN_RESOURCE_TYPE -> new BadLine("ImagingStudy", "ImagingSelection", "ims-" + suffix, defect,
                    "ImagingSelection is an R5 resource type, unknown to R4",
                    "{\"resourceType\":\"ImagingSelection\",\"id\":\"ims-" + suffix + "\",\"status\":\"available\","
                            + "\"subject\":{\"reference\":\"" + subject.getReference() + "\"},"
                            + "\"code\":{\"text\":\"T2 hyperintense lesion\"}}");
            case MISSING_PATIENT -> {
                Reference nobody = PatientResources.reference("Patient", "pat-" + suffix, false);
                yield new BadLine("Observation", "Observation", "obs-" + suffix, defect,
                        "Observation.subject " + nobody.getReference() + " is in no Patient file",
                        parser.encodeResourceToString(bodyWeight("obs-" + suffix, nobody, day)));
            }
            case CODING_WITHOUT_SYSTEM -> new BadLine("Condition", "Condition", "con-" + suffix, defect,
                    "Condition.code.coding[0] has the code G35 but no system",
                    parser.encodeResourceToString(uncodedDiagnosis("con-" + suffix, subject, day)));
            case IMPOSSIBLE_DATE -> {
                LocalDate typo = day.minusYears(TYPO_YEARS);
                yield new BadLine("Encounter", "Encounter", "enc-" + suffix, defect,
                        "Encounter.period " + typo + ": the year typed with 1 for 2",
                        parser.encodeResourceToString(visit("enc-" + suffix, subject, typo)));
            }
        };
    }

    private static Observation bodyWeight(String id, Reference subject, LocalDate day) {
        Observation observation = new Observation();
        observation.setId(id);
        observation.setStatus(ObservationStatus.FINAL)
                .addCategory(FhirCodes.concept(FhirCodes.OBSERVATION_CATEGORY, "vital-signs", "Vital Signs"))
                .setCode(FhirCodes.concept(FhirCodes.LOINC, "29463-7", "Body weight"))
                .setSubject(subject)
                .setEffective(FhirTime.day(day))
                .setValue(ObservationFactory.quantity(71.5, 1, "kg"));
        return observation;
    }

    private static Condition uncodedDiagnosis(String id, Reference subject, LocalDate day) {
        Condition condition = new Condition();
        condition.setId(id);
        condition.setClinicalStatus(FhirCodes.concept(FhirCodes.CONDITION_CLINICAL, "active", "Active"))
                .setVerificationStatus(FhirCodes.concept(FhirCodes.CONDITION_VERIFICATION, "confirmed", "Confirmed"))
                .addCategory(FhirCodes.concept(FhirCodes.CONDITION_CATEGORY, "encounter-diagnosis",
                        "Encounter Diagnosis"))
                .setCode(new CodeableConcept(new Coding().setCode("G35").setDisplay("Multiple sclerosis"))
                        .setText("Multiple sclerosis"))
                .setSubject(subject)
                .setRecordedDateElement(FhirTime.day(day));
        return condition;
    }

    private static Encounter visit(String id, Reference subject, LocalDate day) {
        Encounter encounter = new Encounter();
        encounter.setId(id);
        // written as text: a java.util.Date that far back would shift to the Julian calendar
        encounter.setStatus(EncounterStatus.FINISHED)
                .setClass_(FhirCodes.coding(FhirCodes.ACT_CODE, "AMB", "ambulatory"))
                .addType(new CodeableConcept().setText("Neurology outpatient visit"))
                .setSubject(subject)
                .setPeriod(new Period().setStartElement(new DateTimeType(day + "T09:30:00+01:00"))
                        .setEndElement(new DateTimeType(day + "T10:00:00+01:00")));
        return encounter;
    }
}
