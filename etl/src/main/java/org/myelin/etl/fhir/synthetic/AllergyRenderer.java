package org.myelin.etl.fhir.synthetic;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.AllergyIntolerance;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceCategory;
import org.hl7.fhir.r4.model.AllergyIntolerance.AllergyIntoleranceType;
import org.myelin.etl.synthetic.PatientHistory;

/** Allergies recorded at the first contact: about one patient in five has one. */
final class AllergyRenderer {

    private record Allergy(String snomed, String display, AllergyIntoleranceCategory category) {
    }

    private static final List<Allergy> ALLERGIES = List.of(
            new Allergy("91936005", "Allergy to penicillin", AllergyIntoleranceCategory.MEDICATION),
            new Allergy("300916003", "Latex allergy", AllergyIntoleranceCategory.ENVIRONMENT),
            new Allergy("418689008", "Allergy to grass pollen", AllergyIntoleranceCategory.ENVIRONMENT),
            new Allergy("232350006", "House dust mite allergy", AllergyIntoleranceCategory.ENVIRONMENT));

    private static final double SHARE = 0.2;

    void render(PatientHistory history, SplittableRandom random, PatientResources out) {
        if (random.nextDouble() >= SHARE) {
            return;
        }
        Allergy allergy = ALLERGIES.get(random.nextInt(ALLERGIES.size()));
        LocalDate onset = history.birthDate().plusYears(5 + random.nextInt(20));
        AllergyIntolerance resource = out.add(new AllergyIntolerance(), "alg");
        resource.setPatient(out.patient())
                .setCode(FhirCodes.concept(FhirCodes.SNOMED, allergy.snomed(), allergy.display()))
                .setType(AllergyIntoleranceType.ALLERGY)
                .addCategory(allergy.category())
                .setClinicalStatus(FhirCodes.concept(FhirCodes.ALLERGY_CLINICAL, "active", "Active"))
                .setVerificationStatus(FhirCodes.concept(FhirCodes.ALLERGY_VERIFICATION, "confirmed", "Confirmed"))
                .setRecordedDateElement(FhirTime.at(history.diagnosisDate(), 9 * 60 + random.nextInt(480)))
                .setOnset(FhirTime.day(onset.isAfter(history.diagnosisDate()) ? history.diagnosisDate() : onset));
    }
}
