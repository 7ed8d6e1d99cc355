package org.myelin.etl.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An MRI examination with its lesion counts; Gd-enhancing lesions are counted only with contrast. */
public record MriExam(int number, LocalDate date, MriRegion region, boolean contrast, int t2Lesions,
        int newOrEnlargingT2, @Nullable Integer gdLesions, int t1Hypointense) {
}
