package org.myelin.etl.fhir.synthetic;

import org.myelin.etl.synthetic.PatientSeeds;
import org.myelin.etl.synthetic.PatientSimulator;

/**
 * Chooses who the hospital's patients are. Slot k is registry patient k (the same history the registry generator
 * writes for the seed, and its patient_id) with the registry share's probability; otherwise a hospital-only
 * patient simulated from a second population, so that no registry patient appears unlinked.
 */
final class HospitalPopulation {

    /** Turns the seed into the seed of the hospital-only population. */
    private static final long HOSPITAL_ONLY_SALT = 0x6A09E667F3BCC909L;

    private final long seed;
    private final double registryShare;
    private final PatientSimulator registryPatients;
    private final PatientSimulator hospitalOnlyPatients;

    HospitalPopulation(FhirGenerationOptions options) {
        this.seed = options.seed();
        this.registryShare = options.registryShare();
        this.registryPatients = new PatientSimulator(seed, options.exportDate());
        this.hospitalOnlyPatients = new PatientSimulator(seed ^ HOSPITAL_ONLY_SALT, options.exportDate());
    }

    /** Whether slot k is a registry patient. */
    boolean inRegistry(int slot) {
        return PatientSeeds.random(seed, slot, PatientSeeds.Stream.FHIR_LINKAGE).nextDouble() < registryShare;
    }

    HospitalPatient patient(int slot) {
        if (inRegistry(slot)) {
            return new HospitalPatient(slot, registryPatients.simulate(slot), PatientSeeds.pseudonym(seed, slot));
        }
        return new HospitalPatient(slot, hospitalOnlyPatients.simulate(slot), null);
    }
}
