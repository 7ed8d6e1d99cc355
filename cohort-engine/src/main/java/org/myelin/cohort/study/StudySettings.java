package org.myelin.cohort.study;

import org.myelin.sql.UserError;

/** How a study is run: the minimum cell count below which counts are hidden, and the Myelin version recorded. */
public record StudySettings(int minCellCount, String myelinVersion) {

    public static final int DEFAULT_MIN_CELL_COUNT = 5;

    public StudySettings {
        if (minCellCount < 0) {
            throw new UserError("the minimum cell count must be 0 or more, not " + minCellCount
                    + " (OHDSI networks use 5)");
        }
    }
}
