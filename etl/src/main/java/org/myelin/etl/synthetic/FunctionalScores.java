package org.myelin.etl.synthetic;

/** Kurtzke functional system scores at one examination. */
public record FunctionalScores(int pyramidal, int cerebellar, int brainstem, int sensory, int bowelBladder,
        int visual, int cerebral) {

    /** Builds the scores from grades ordered as {@link FunctionalSystem}. */
    static FunctionalScores of(int[] grades) {
        return new FunctionalScores(grades[0], grades[1], grades[2], grades[3], grades[4], grades[5], grades[6]);
    }

    public int grade(FunctionalSystem system) {
        return switch (system) {
            case PYRAMIDAL -> pyramidal;
            case CEREBELLAR -> cerebellar;
            case BRAINSTEM -> brainstem;
            case SENSORY -> sensory;
            case BOWEL_BLADDER -> bowelBladder;
            case VISUAL -> visual;
            case CEREBRAL -> cerebral;
        };
    }
}
