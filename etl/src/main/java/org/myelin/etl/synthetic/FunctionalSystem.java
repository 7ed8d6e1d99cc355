package org.myelin.etl.synthetic;

/** Kurtzke functional systems, with the highest grade each one has. */
public enum FunctionalSystem {
    PYRAMIDAL(6),
    CEREBELLAR(5),
    BRAINSTEM(5),
    SENSORY(6),
    BOWEL_BLADDER(6),
    VISUAL(6),
    CEREBRAL(5);

    private final int maxGrade;

    FunctionalSystem(int maxGrade) {
        this.maxGrade = maxGrade;
    }

    public int maxGrade() {
        return maxGrade;
    }
}
