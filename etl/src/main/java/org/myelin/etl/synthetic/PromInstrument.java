package org.myelin.etl.synthetic;

/** Patient-reported outcome instruments, with their score range. */
public enum PromInstrument {
    MSIS29_PHYSICAL(0, 100),
    MSIS29_PSYCHOLOGICAL(0, 100),
    EQ5D_INDEX(-0.594, 1),
    EQ5D_VAS(0, 100),
    MSWS12(0, 100),
    FSMC(20, 100);

    private final double min;
    private final double max;

    PromInstrument(double min, double max) {
        this.min = min;
        this.max = max;
    }

    public double min() {
        return min;
    }

    public double max() {
        return max;
    }
}
