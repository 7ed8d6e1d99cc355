package org.myelin.etl.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Derives everything random about patient k from the seed and k alone, so that patient k is the same whatever
 * the population size, and each concern (simulation, rendering, defects) draws from its own stream.
 */
public final class PatientSeeds {

    /** Independent random streams of one patient (new streams go last: an ordinal is part of the seed). */
    public enum Stream {
        SIMULATION,
        RENDERING,
        DEFECTS,
        FHIR_LINKAGE,
        FHIR_RENDERING,
        FHIR_DEFECTS
    }

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long ID_SPACE = 1L << 40;

    private PatientSeeds() {
    }

    /** A random generator for one patient and one concern. */
    public static SplittableRandom random(long seed, int index, Stream stream) {
        long mixed = mix(mix(seed) + GOLDEN_GAMMA * (index + 1L)) + stream.ordinal() * GOLDEN_GAMMA;
        return new SplittableRandom(mix(mixed));
    }

    /**
     * The patient's pseudonym: "P" and ten hex digits. Index to id is a bijection on 40 bits for a seed (an odd
     * multiplier plus an offset), so ids never collide, yet look unrelated to the order of patients.
     */
    public static String pseudonym(long seed, int index) {
        long offset = mix(seed) & (ID_SPACE - 1);
        long id = (index * 0xD1B54A32D1B5L + offset) & (ID_SPACE - 1);
        return "P" + String.format(Locale.ROOT, "%010x", id);
    }

    /** Stafford's variant 13 of the MurmurHash3 finaliser, as SplittableRandom uses. */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
