package org.myelin.etl.fhir.synthetic;

import static org.myelin.etl.fhir.synthetic.FhirCodes.coding;
import static org.myelin.etl.fhir.synthetic.ObservationFactory.quantity;
import static org.myelin.etl.fhir.synthetic.ObservationFactory.range;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.myelin.etl.synthetic.LabResult;
import org.myelin.etl.synthetic.LabTest;
import org.myelin.etl.synthetic.PatientHistory;

/**
 * Laboratory results, one report per sampling day: LOINC where the test has a code here (vitamin D, lymphocytes),
 * the site code otherwise, the hospital's own code for oligoclonal bands; qualitative results as coded values;
 * a lumbar puncture Procedure on the day cerebrospinal fluid was taken.
 */
final class LabRenderer {

    private static final CodeableConcept POSITIVE = FhirCodes.concept(FhirCodes.SNOMED, "10828004", "Positive");
    private static final CodeableConcept NEGATIVE = FhirCodes.concept(FhirCodes.SNOMED, "260385009", "Negative");

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        ObservationFactory observations = new ObservationFactory(out);
        Map<LocalDate, List<LabResult>> byDay = history.labs().stream()
                .collect(Collectors.groupingBy(LabResult::date, LinkedHashMap::new, Collectors.toList()));
        byDay.forEach((day, results) -> {
            DateTimeType sampled = FhirTime.at(day, 7 * 60 + random.nextInt(4 * 60));
            if (results.stream().anyMatch(result -> result.test().name().startsWith("CSF_"))) {
                Procedure puncture = out.add(new Procedure(), "proc");
                puncture.setStatus(ProcedureStatus.COMPLETED)
                        .setCode(FhirCodes.concept(FhirCodes.SNOMED, "277762005", "Lumbar puncture"))
                        .setSubject(out.patient()).setPerformed(sampled);
            }
            DiagnosticReport report = out.add(new DiagnosticReport(), "rep");
            report.setStatus(DiagnosticReportStatus.FINAL)
                    .addCategory(FhirCodes.concept(FhirCodes.DIAGNOSTIC_SERVICE, "LAB", "Laboratory"))
                    .setCode(new CodeableConcept().setText("Neurology laboratory panel"))
                    .setSubject(out.patient()).setEffective(sampled);
            for (LabResult result : results) {
                Observation observation = observations.observation("laboratory", code(result.test()), null, sampled);
                value(result, observation);
                report.addResult(out.reference(observation));
            }
        });
    }

    private static CodeableConcept code(LabTest test) {
        return switch (test) {
            case CSF_OCB -> FhirCodes.concept(FhirCodes.HOSPITAL_LAB, "CSF-OCB", "Oligoclonal bands, CSF");
            case VITAMIN_D -> new CodeableConcept(coding(FhirCodes.LOINC, "14635-7",
                    "25-hydroxyvitamin D3 [Moles/volume] in Serum or Plasma"))
                    .addCoding(coding(FhirCodes.SITE, "VITAMIN_D", "Vitamin D")).setText("25-OH vitamin D");
            case LYMPHOCYTES -> new CodeableConcept(coding(FhirCodes.LOINC, "731-0",
                    "Lymphocytes [#/volume] in Blood by Automated count"))
                    .addCoding(coding(FhirCodes.SITE, "LYMPHOCYTES", "Lymphocyte count")).setText("Lymphocytes");
            case CSF_IGG_INDEX -> FhirCodes.site("CSF_IGG_INDEX", "CSF IgG index");
            case SERUM_NFL -> FhirCodes.site("SERUM_NFL", "Serum neurofilament light chain");
            case JCV_ANTIBODY -> FhirCodes.site("JCV_ANTIBODY", "JC virus antibody");
            case JCV_INDEX -> FhirCodes.site("JCV_INDEX", "JC virus antibody index");
        };
    }

    private static void value(LabResult result, Observation observation) {
        LabTest test = result.test();
        if (test.qualitative()) {
            observation.setValue(result.positive() ? POSITIVE : NEGATIVE);
            return;
        }
        String unit = test.unit();
        switch (test) {
            case VITAMIN_D -> observation.setValue(quantity(result.value(), 0, unit))
                    .addReferenceRange(range(75.0, 250.0, 0, unit));
            case LYMPHOCYTES -> observation.setValue(quantity(result.value(), 2, unit))
                    .addReferenceRange(range(1.0, 4.0, 1, unit));
            case CSF_IGG_INDEX -> observation.setValue(quantity(result.value(), 2, unit))
                    .addReferenceRange(range(null, 0.7, 2, unit));
            case SERUM_NFL -> observation.setValue(quantity(result.value(), 1, unit));
            default -> observation.setValue(quantity(result.value(), 2, unit));
        }
    }
}
