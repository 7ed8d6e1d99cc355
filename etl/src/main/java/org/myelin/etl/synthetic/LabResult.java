package org.myelin.etl.synthetic;

import java.time.LocalDate;

/** A laboratory result: a number in the test's unit, or for a qualitative test positive or negative. */
public record LabResult(LocalDate date, LabTest test, double value, boolean positive) {
}
