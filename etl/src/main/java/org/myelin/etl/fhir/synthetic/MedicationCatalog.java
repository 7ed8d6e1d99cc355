package org.myelin.etl.fhir.synthetic;

import java.util.Locale;
import org.hl7.fhir.r4.model.Medication;
import org.hl7.fhir.r4.model.Medication.MedicationStatus;
import org.hl7.fhir.r4.model.Reference;
import org.myelin.etl.synthetic.Drug;

/** The hospital's formulary: one Medication resource per disease-modifying drug, referenced by some orders. */
final class MedicationCatalog {

    private MedicationCatalog() {
    }

    static Medication medication(Drug drug, boolean bundle) {
        Medication medication = new Medication();
        medication.setId(PatientResources.idFor("Medication", naturalId(drug), bundle));
        medication.setStatus(MedicationStatus.ACTIVE).setCode(FhirCodes.drug(drug, false));
        return medication;
    }

    static Reference reference(Drug drug, boolean bundle) {
        return PatientResources.reference("Medication", PatientResources.idFor("Medication", naturalId(drug), bundle),
                bundle);
    }

    private static String naturalId(Drug drug) {
        return "med-" + drug.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
