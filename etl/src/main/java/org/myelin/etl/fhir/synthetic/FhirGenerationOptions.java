package org.myelin.etl.fhir.synthetic;

import java.time.LocalDate;
import org.myelin.etl.registry.synthetic.RegistryGenerationOptions;
import org.myelin.sql.UserError;

/**
 * What to generate.
 *
 * @param patients how many hospital patients (at least 1)
 * @param seed the seed: the same options give the same bytes, and the registry generator with this seed writes
 *     the registry side of the same patients
 * @param exportDate the day of the export, the same as the registry's so that shared patients are the same
 * @param registryShare the share of patients the registry also follows (they carry their registry id); the
 *     others are hospital-only patients
 * @param bundles write transaction Bundles instead of Bulk Data NDJSON
 * @param defects seed every kind of bad FHIR input (NDJSON only) and write the expected quarantine beside it
 */
public record FhirGenerationOptions(int patients, long seed, LocalDate exportDate, double registryShare,
        boolean bundles, boolean defects) {

    /** Most hospital patients with MS are followed by the national registry too. */
    public static final double DEFAULT_REGISTRY_SHARE = 0.85;

    public FhirGenerationOptions {
        if (patients < 1) {
            throw new UserError("--patients must be at least 1, got " + patients);
        }
        if (!(registryShare >= 0 && registryShare <= 1)) {
            throw new UserError("--registry-share must be between 0 and 1, got " + registryShare);
        }
        if (bundles && defects) {
            throw new UserError("--defects seeds bad NDJSON lines; it cannot be combined with --bundles");
        }
    }

    /** N patients from a seed, exported on the registry generator's default date, as NDJSON without defects. */
    public static FhirGenerationOptions of(int patients, long seed) {
        return new FhirGenerationOptions(patients, seed, RegistryGenerationOptions.DEFAULT_EXPORT_DATE,
                DEFAULT_REGISTRY_SHARE, false, false);
    }

    public FhirGenerationOptions withBundles(boolean value) {
        return new FhirGenerationOptions(patients, seed, exportDate, registryShare, value, defects);
    }

    public FhirGenerationOptions withDefects(boolean value) {
        return new FhirGenerationOptions(patients, seed, exportDate, registryShare, bundles, value);
    }

    public FhirGenerationOptions withRegistryShare(double value) {
        return new FhirGenerationOptions(patients, seed, exportDate, value, bundles, defects);
    }
}
