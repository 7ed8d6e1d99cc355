package org.myelin.etl.fhir.synthetic;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.hl7.fhir.r4.model.Patient;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;

/**
 * The resources of one patient, in writing order, with their ids and the references between them: {@code Type/id}
 * for NDJSON, {@code urn:uuid:} for bundles (a name-based UUID of the NDJSON reference, so both are stable).
 */
final class PatientResources {

    private final int slot;
    private final boolean bundle;
    private final List<Resource> resources = new ArrayList<>();
    private final Map<String, Integer> counters = new HashMap<>();

    PatientResources(int slot, boolean bundle) {
        this.slot = slot;
        this.bundle = bundle;
    }

    /** Adds the patient, first, with the id {@code pat-slot}. */
    Patient addPatient(Patient patient) {
        patient.setId(idFor("Patient", patientId(slot), bundle));
        resources.add(patient);
        return patient;
    }

    /** Adds a resource, giving it the next id of its kind ({@code prefix-slot-n}). */
    <T extends Resource> T add(T resource, String prefix) {
        int number = counters.merge(prefix, 1, Integer::sum);
        resource.setId(idFor(resource.fhirType(), prefix + "-" + slot + "-" + number, bundle));
        resources.add(resource);
        return resource;
    }

    boolean bundle() {
        return bundle;
    }

    Reference reference(Resource resource) {
        return reference(resource.fhirType(), resource.getIdElement().getIdPart(), bundle);
    }

    /** The patient, the first resource added. */
    Reference patient() {
        return reference(resources.get(0));
    }

    List<Resource> resources() {
        return resources;
    }

    /** The NDJSON id of the patient in a slot. */
    static String patientId(int slot) {
        return "pat-" + slot;
    }

    /** The id a resource gets: its natural id in NDJSON, the UUID of {@code Type/natural-id} in bundles. */
    static String idFor(String type, String naturalId, boolean bundle) {
        return bundle ? UUID.nameUUIDFromBytes((type + "/" + naturalId).getBytes(StandardCharsets.UTF_8)).toString()
                : naturalId;
    }

    static Reference reference(String type, String id, boolean bundle) {
        return new Reference(bundle ? "urn:uuid:" + id : type + "/" + id);
    }
}
