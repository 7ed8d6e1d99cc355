package org.myelin.etl.fhir.synthetic;

import java.util.Map;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.myelin.etl.synthetic.Drug;

/**
 * The code systems and codes the generator writes. Only real codes: SNOMED CT, LOINC, ICD-10, RxNorm, ATC and CVX
 * codes known to exist (RxNorm only where a public source confirmed the code, see etl/README.md); what has no
 * such code is written with the Myelin site code the starter vocabulary defines, in {@link #SITE}.
 */
final class FhirCodes {

    static final String SNOMED = "http://snomed.info/sct";
    static final String LOINC = "http://loinc.org";
    static final String ICD10 = "http://hl7.org/fhir/sid/icd-10";
    static final String ICD10_GM = "http://fhir.de/CodeSystem/bfarm/icd-10-gm";
    static final String RXNORM = "http://www.nlm.nih.gov/research/umls/rxnorm";
    static final String ATC = "http://www.whocc.no/atc";
    static final String CVX = "http://hl7.org/fhir/sid/cvx";
    static final String UCUM = "http://unitsofmeasure.org";
    static final String ACT_CODE = "http://terminology.hl7.org/CodeSystem/v3-ActCode";
    static final String OBSERVATION_CATEGORY = "http://terminology.hl7.org/CodeSystem/observation-category";
    static final String CONDITION_CLINICAL = "http://terminology.hl7.org/CodeSystem/condition-clinical";
    static final String CONDITION_VERIFICATION = "http://terminology.hl7.org/CodeSystem/condition-ver-status";
    static final String CONDITION_CATEGORY = "http://terminology.hl7.org/CodeSystem/condition-category";
    static final String ALLERGY_CLINICAL = "http://terminology.hl7.org/CodeSystem/allergyintolerance-clinical";
    static final String ALLERGY_VERIFICATION =
            "http://terminology.hl7.org/CodeSystem/allergyintolerance-verification";
    static final String DIAGNOSTIC_SERVICE = "http://terminology.hl7.org/CodeSystem/v2-0074";
    static final String DICOM_MODALITY = "http://dicom.nema.org/resources/ontology/DCM";
    static final String IDENTIFIER_TYPE = "http://terminology.hl7.org/CodeSystem/v2-0203";
    /** Codes of the Myelin site vocabulary (vocab/README.md), for what no public code system names. */
    static final String SITE = "urn:myelin:site-concept";
    /** The registry's patient id, carried by hospital patients the registry also follows. */
    static final String REGISTRY_PATIENT_ID = "urn:myelin:registry-patient-id";
    /** The hospital's own medical record number. */
    static final String HOSPITAL_MRN = "urn:myelin:claims-hospital:mrn";
    /** The hospital laboratory's own test codes, for a test without a LOINC or site code here. */
    static final String HOSPITAL_LAB = "urn:myelin:claims-hospital:lab";

    /** RxNorm ingredient codes confirmed by a public source; the other drugs are coded by ATC and name only. */
    private static final Map<Drug, String> RXNORM_INGREDIENTS = Map.of(
            Drug.NATALIZUMAB, "354770",
            Drug.DIMETHYL_FUMARATE, "1373478",
            Drug.FINGOLIMOD, "1012892",
            Drug.OCRELIZUMAB, "1876366",
            Drug.OFATUMUMAB, "712566");

    private FhirCodes() {
    }

    static Coding coding(String system, String code, String display) {
        return new Coding(system, code, display);
    }

    static CodeableConcept concept(String system, String code, String display) {
        return new CodeableConcept(coding(system, code, display)).setText(display);
    }

    static CodeableConcept site(String code, String display) {
        return concept(SITE, code, display);
    }

    /** The drug as the hospital codes it: RxNorm ingredient where known, the ATC code in force, the name. */
    static CodeableConcept drug(Drug drug, boolean revisedAtc) {
        CodeableConcept concept = new CodeableConcept().setText(drug.genericName());
        String rxnorm = RXNORM_INGREDIENTS.get(drug);
        if (rxnorm != null) {
            concept.addCoding(coding(RXNORM, rxnorm, drug.genericName()));
        }
        if (!drug.atcCodes().isEmpty()) {
            String atc = drug.atcCodes().get(revisedAtc && drug.atcCodes().size() > 1 ? 1 : 0);
            concept.addCoding(coding(ATC, atc, drug.genericName()));
        }
        return concept;
    }

    /** SNOMED CT route of administration for the drug's route. */
    static CodeableConcept route(String route) {
        return switch (route) {
            case "oral" -> concept(SNOMED, "26643006", "Oral route");
            case "subcutaneous" -> concept(SNOMED, "34206005", "Subcutaneous route");
            case "intramuscular" -> concept(SNOMED, "78421000", "Intramuscular route");
            case "intravenous" -> concept(SNOMED, "47625008", "Intravenous route");
            default -> new CodeableConcept().setText(route);
        };
    }
}
