package org.myelin.etl.fhir.synthetic;

import java.util.SplittableRandom;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.PatientSeeds;

/** Renders one hospital patient as FHIR resources, from the patient's own random stream. */
final class FhirPatientRenderer {

    private final long seed;
    private final boolean bundle;
    private final DemographicsRenderer demographics = new DemographicsRenderer();
    private final DiagnosisRenderer diagnoses = new DiagnosisRenderer();
    private final AllergyRenderer allergies = new AllergyRenderer();
    private final ImmunizationRenderer immunizations = new ImmunizationRenderer();
    private final VisitRenderer visits = new VisitRenderer();
    private final RelapseRenderer relapses = new RelapseRenderer();
    private final ImagingRenderer imaging = new ImagingRenderer();
    private final LabRenderer labs = new LabRenderer();
    private final MedicationRenderer medications = new MedicationRenderer();
    private final QuestionnaireRenderer questionnaires = new QuestionnaireRenderer();

    FhirPatientRenderer(long seed, boolean bundle) {
        this.seed = seed;
        this.bundle = bundle;
    }

    PatientResources render(HospitalPatient patient) {
        SplittableRandom random = PatientSeeds.random(seed, patient.slot(), PatientSeeds.Stream.FHIR_RENDERING);
        PatientHistory history = patient.history();
        PatientResources out = new PatientResources(patient.slot(), bundle);
        demographics.render(patient, random, out);
        diagnoses.render(history, random, out);
        allergies.render(history, random, out);
        immunizations.render(history, random, out);
        visits.render(history, random, out);
        relapses.render(history, random, out);
        imaging.render(history, random, out);
        labs.render(history, random, out);
        medications.render(history, random, out);
        questionnaires.render(history, random, out);
        return out;
    }
}
