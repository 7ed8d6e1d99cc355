package org.myelin.etl.synthetic;

import org.jspecify.annotations.Nullable;

/** Laboratory tests followed in MS care, with the UCUM unit a numeric result is reported in. */
public enum LabTest {
    CSF_OCB(null),
    CSF_IGG_INDEX("1"),
    SERUM_NFL("pg/mL"),
    JCV_ANTIBODY(null),
    JCV_INDEX("1"),
    VITAMIN_D("nmol/L"),
    LYMPHOCYTES("10*9/L");

    private final @Nullable String unit;

    LabTest(@Nullable String unit) {
        this.unit = unit;
    }

    /** The UCUM unit of a numeric result, or null for a qualitative (positive/negative) test. */
    public @Nullable String unit() {
        return unit;
    }

    public boolean qualitative() {
        return unit == null;
    }
}
