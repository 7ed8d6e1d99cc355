package org.myelin.etl.registry.synthetic;

import java.time.LocalDate;
import org.myelin.sql.UserError;

/**
 * What to generate.
 *
 * @param patients how many patients (at least 1)
 * @param seed the seed: the same options give the same bytes
 * @param exportDate the day the export is taken; follow-up ends there
 * @param defects whether to seed bad rows of every kind the format rejects, and write the expected counts
 * @param registryName the registry named in manifest.json
 */
public record RegistryGenerationOptions(int patients, long seed, LocalDate exportDate, boolean defects,
        String registryName) {

    /** The export date used unless one is given, fixed so that a seed alone determines the output. */
    public static final LocalDate DEFAULT_EXPORT_DATE = LocalDate.of(2026, 11, 20);

    public RegistryGenerationOptions {
        if (patients < 1) {
            throw new UserError("--patients must be at least 1, got " + patients);
        }
        if (exportDate.getYear() < 2000) {
            throw new UserError("the export date must be in 2000 or later, got " + exportDate);
        }
    }

    /** N patients from a seed, exported on {@link #DEFAULT_EXPORT_DATE}, with or without defects. */
    public static RegistryGenerationOptions of(int patients, long seed, boolean defects) {
        return new RegistryGenerationOptions(patients, seed, DEFAULT_EXPORT_DATE, defects, "MYELIN-SYNTHETIC");
    }
}
