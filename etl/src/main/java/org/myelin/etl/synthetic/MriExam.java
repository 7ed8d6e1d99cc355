package org.myelin.etl.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An MRI examination with its lesion counts; Gd-enhancing lesions are counted only with contrast. */
public record MriExam(int number, LocalDate date, MriRegion region, boolean contrast, int t2Lesions,
        int newOrEnlargingT2, @Nullable Integer gdLesions, int t1Hypointense) {

    /** The T2 lesion load as registries tick it: 0, 1-2, 3-8 or 9+. */
    public String t2LesionCategory() {
        return t2Lesions == 0 ? "0" : t2Lesions <= 2 ? "1-2" : t2Lesions <= 8 ? "3-8" : "9+";
    }
}
