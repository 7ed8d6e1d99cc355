package org.myelin.etl.fhir.synthetic;

import org.jspecify.annotations.Nullable;
import org.myelin.etl.synthetic.PatientHistory;

/**
 * One patient of the hospital.
 *
 * @param slot the patient's position in the generated set
 * @param history what happened to the patient
 * @param registryId the registry's patient_id when the registry follows the patient too, else null
 */
record HospitalPatient(int slot, PatientHistory history, @Nullable String registryId) {
}
