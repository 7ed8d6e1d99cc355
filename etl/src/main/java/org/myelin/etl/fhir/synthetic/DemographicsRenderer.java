package org.myelin.etl.fhir.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;
import org.hl7.fhir.r4.model.Address;
import org.hl7.fhir.r4.model.Enumerations.AdministrativeGender;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import org.myelin.etl.synthetic.PatientHistory;
import org.myelin.etl.synthetic.Sex;

/** The Patient resource: hospital record number, registry id when the registry follows the patient, no name. */
final class DemographicsRenderer {

    void render(HospitalPatient patient, SplittableRandom random, PatientResources out) {
        PatientHistory history = patient.history();
        Patient resource = out.addPatient(new Patient());
        resource.addIdentifier(new Identifier().setSystem(FhirCodes.HOSPITAL_MRN)
                .setValue(String.format(Locale.ROOT, "H%08d", patient.slot()))
                .setType(FhirCodes.concept(FhirCodes.IDENTIFIER_TYPE, "MR", "Medical record number")));
        if (patient.registryId() != null) {
            resource.addIdentifier(new Identifier().setSystem(FhirCodes.REGISTRY_PATIENT_ID)
                    .setValue(patient.registryId()));
        }
        resource.setGender(history.sex() == Sex.F ? AdministrativeGender.FEMALE : AdministrativeGender.MALE)
                .setBirthDateElement(FhirTime.date(history.birthDate()))
                .addAddress(new Address().setCountry(history.country())
                        .setPostalCode(history.country().equals(history.centre().country())
                                ? history.centre().postalCode() : null));
        if (history.deathDate() != null) {
            resource.setDeceased(FhirTime.at(history.deathDate(), random.nextInt(24 * 60)));
        }
    }
}
