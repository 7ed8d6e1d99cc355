package org.myelin.etl.synthetic;

import java.time.LocalDate;

/** A patient-reported outcome score. */
public record PromScore(LocalDate date, PromInstrument instrument, double score) {
}
