package org.myelin.etl.fhir.synthetic;

import java.util.List;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.DiagnosticReport.DiagnosticReportStatus;
import org.hl7.fhir.r4.model.Encounter;
import org.hl7.fhir.r4.model.ImagingStudy;
import org.hl7.fhir.r4.model.ImagingStudy.ImagingStudySeriesComponent;
import org.hl7.fhir.r4.model.ImagingStudy.ImagingStudyStatus;
import org.hl7.fhir.r4.model.IntegerType;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Procedure;
import org.hl7.fhir.r4.model.Procedure.ProcedureStatus;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.StringType;
import org.myelin.etl.fhir.synthetic.EncounterFactory.EncounterClass;
import org.myelin.etl.synthetic.MriExam;
import org.myelin.etl.synthetic.MriRegion;
import org.myelin.etl.synthetic.PatientHistory;

/**
 * MRI examinations in radiology: the ImagingStudy (DICOM modality MR, one series per region), the Procedure, the
 * lesion counts as Observations (the T2 lesion load also as a category string) and the radiology report linking
 * them.
 */
final class ImagingRenderer {

    private static final Coding MR = FhirCodes.coding(FhirCodes.DICOM_MODALITY, "MR", "Magnetic Resonance");

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        EncounterFactory encounters = new EncounterFactory(out);
        ObservationFactory observations = new ObservationFactory(out);
        for (MriExam exam : history.mriExams()) {
            int start = 7 * 60 + random.nextInt(12 * 60);
            int minutes = exam.region() == MriRegion.BRAIN_AND_SPINE ? 60 : 35;
            Encounter encounter = encounters.encounter(EncounterClass.AMB, "Radiology outpatient MRI", exam.date(),
                    start, exam.date(), start + minutes, null);
            Reference at = out.reference(encounter);
            CodeableConcept code = exam.region() == MriRegion.BRAIN
                    ? FhirCodes.concept(FhirCodes.SNOMED, "816077007", "MRI of brain")
                    : FhirCodes.concept(FhirCodes.SNOMED, "113091000", "Magnetic resonance imaging");
            ImagingStudy study = out.add(new ImagingStudy(), "img");
            study.setStatus(ImagingStudyStatus.AVAILABLE).addModality(MR).setSubject(out.patient())
                    .setEncounter(at).setStartedElement(FhirTime.at(exam.date(), start)).addProcedureCode(code)
                    .setDescription(description(exam));
            for (CodeableConcept site : bodySites(exam.region())) {
                int instances = 150 + random.nextInt(250);
                study.addSeries(new ImagingStudySeriesComponent()
                        .setUid("2.25." + Integer.toUnsignedString(random.nextInt()) + Long.toUnsignedString(
                                random.nextLong()))
                        .setNumber(study.getSeries().size() + 1).setModality(MR)
                        .setBodySite(site.getCodingFirstRep()).setNumberOfInstances(instances));
            }
            study.setNumberOfSeries(study.getSeries().size())
                    .setNumberOfInstances(study.getSeries().stream()
                            .mapToInt(ImagingStudySeriesComponent::getNumberOfInstances).sum());
            Procedure procedure = out.add(new Procedure(), "proc");
            procedure.setStatus(ProcedureStatus.COMPLETED).setCode(code).setSubject(out.patient()).setEncounter(at)
                    .setPerformed(FhirTime.period(exam.date(), start, exam.date(), start + minutes));
            DateTimeType time = FhirTime.at(exam.date(), start + minutes);
            List<Observation> results = List.of(
                    count(observations, "T2_LESIONS", "MRI T2 lesion count", exam.t2Lesions(), at, time),
                    count(observations, "NEW_ENLARGING_T2", "MRI new or enlarging T2 lesions",
                            exam.newOrEnlargingT2(), at, time),
                    count(observations, "T1_HYPOINTENSE", "MRI T1 hypointense lesion count", exam.t1Hypointense(),
                            at, time));
            Observation category = observations.observation("imaging", FhirCodes.site("T2_LESIONS_CATEGORY",
                    "MRI T2 lesion count category"), at, time);
            category.setValue(new StringType(exam.t2LesionCategory()));
            DiagnosticReport report = out.add(new DiagnosticReport(), "rep");
            report.setStatus(DiagnosticReportStatus.FINAL)
                    .addCategory(FhirCodes.concept(FhirCodes.DIAGNOSTIC_SERVICE, "RAD", "Radiology"))
                    .setCode(FhirCodes.concept(FhirCodes.LOINC, "18748-4", "Diagnostic imaging study"))
                    .setSubject(out.patient()).setEncounter(at).setEffective(time)
                    .addImagingStudy(out.reference(study))
                    .setConclusion(description(exam) + ": " + exam.t2Lesions() + " T2 lesions, "
                            + exam.newOrEnlargingT2() + " new or enlarging"
                            + (exam.gdLesions() == null ? "" : ", " + exam.gdLesions() + " gadolinium-enhancing"));
            results.forEach(result -> report.addResult(out.reference(result)));
            report.addResult(out.reference(category));
            if (exam.gdLesions() != null) {
                report.addResult(out.reference(count(observations, "GD_LESIONS",
                        "MRI gadolinium-enhancing lesion count", exam.gdLesions(), at, time)));
            }
        }
    }

    private static Observation count(ObservationFactory observations, String code, String display, int value,
            Reference at, DateTimeType time) {
        Observation observation = observations.observation("imaging", FhirCodes.site(code, display), at, time);
        observation.setValue(new IntegerType(value));
        return observation;
    }

    private static String description(MriExam exam) {
        String region = switch (exam.region()) {
            case BRAIN -> "MRI brain";
            case SPINE -> "MRI spine";
            case BRAIN_AND_SPINE -> "MRI brain and spine";
        };
        return region + (exam.contrast() ? " with gadolinium" : " without contrast");
    }

    private static List<CodeableConcept> bodySites(MriRegion region) {
        CodeableConcept brain = FhirCodes.concept(FhirCodes.SNOMED, "12738006", "Brain structure");
        CodeableConcept spine = FhirCodes.concept(FhirCodes.SNOMED, "2748008", "Spinal cord structure");
        return switch (region) {
            case BRAIN -> List.of(brain);
            case SPINE -> List.of(spine);
            case BRAIN_AND_SPINE -> List.of(brain, spine);
        };
    }
}
