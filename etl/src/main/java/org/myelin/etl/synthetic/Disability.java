package org.myelin.etl.synthetic;

import java.util.SplittableRandom;

/**
 * Turns a patient's latent disability into what an examiner records: a Kurtzke EDSS step, functional system
 * scores consistent with it (Kurtzke 1983 step definitions) and an ambulation score.
 */
final class Disability {

    private Disability() {
    }

    /** The Kurtzke EDSS step for a latent value: 0, then 1.0 to 9.5 in half steps (0.5 is not a Kurtzke step). */
    static double edss(double latent) {
        if (latent < 0.75) {
            return 0.0;
        }
        if (latent < 1.25) {
            return 1.0;
        }
        return Math.min(9.5, Math.round(latent * 2) / 2.0);
    }

    /**
     * Functional system grades for an EDSS step. {@code order} ranks the systems this patient's disease affects
     * most; from EDSS 5.5 (and earlier in progressive disease) the pyramidal system leads, as walking defines
     * those steps.
     */
    static FunctionalScores functionalScores(double edss, FunctionalSystem[] order, boolean progressive,
            SplittableRandom random) {
        int[] grades = new int[FunctionalSystem.values().length];
        FunctionalSystem[] ranked = edss >= 5.5 || (progressive && edss >= 3.0) ? pyramidalFirst(order) : order;
        int[] pattern = pattern(edss, random);
        for (int i = 0; i < pattern.length; i++) {
            FunctionalSystem system = ranked[i];
            grades[system.ordinal()] = Math.min(system.maxGrade(), pattern[i]);
        }
        return FunctionalScores.of(grades);
    }

    /** Grades of the most affected systems, highest first, for each EDSS step. */
    private static int[] pattern(double edss, SplittableRandom random) {
        int twice = (int) Math.round(edss * 2);
        return switch (twice) {
            case 0 -> new int[] {};
            case 2 -> new int[] {1};
            case 3 -> new int[] {1, 1};
            case 4 -> random.nextBoolean() ? new int[] {2} : new int[] {2, 1};
            case 5 -> random.nextBoolean() ? new int[] {2, 2} : new int[] {2, 2, 1};
            case 6 -> random.nextBoolean() ? new int[] {3, 1} : new int[] {2, 2, 2};
            case 7 -> random.nextBoolean() ? new int[] {3, 2, 1} : new int[] {3, 3};
            case 8 -> new int[] {4, 2, 1};
            case 9 -> new int[] {4, 3, 2};
            case 10 -> random.nextBoolean() ? new int[] {5, 2, 2} : new int[] {4, 4, 2};
            case 11, 12, 13 -> new int[] {4, 3, 3, 2, 1};
            case 14, 15 -> new int[] {5, 4, 3, 3, 2};
            case 16, 17 -> new int[] {5, 4, 4, 3, 3, 2};
            default -> new int[] {6, 5, 4, 4, 4, 3, 2};
        };
    }

    private static FunctionalSystem[] pyramidalFirst(FunctionalSystem[] order) {
        FunctionalSystem[] ranked = new FunctionalSystem[order.length];
        ranked[0] = FunctionalSystem.PYRAMIDAL;
        int next = 1;
        for (FunctionalSystem system : order) {
            if (system != FunctionalSystem.PYRAMIDAL) {
                ranked[next++] = system;
            }
        }
        return ranked;
    }

    /** Ambulation score (0 unrestricted to 16 bedridden) for an EDSS step. */
    static int ambulation(double edss) {
        if (edss < 4.0) {
            return 0;
        }
        int twice = (int) Math.round(edss * 2);
        return switch (twice) {
            case 8 -> 1;
            case 9 -> 2;
            case 10 -> 3;
            case 11 -> 4;
            case 12 -> 6;
            case 13 -> 8;
            case 14 -> 10;
            case 15 -> 12;
            case 16 -> 13;
            case 17 -> 14;
            case 18 -> 15;
            default -> 16;
        };
    }
}
