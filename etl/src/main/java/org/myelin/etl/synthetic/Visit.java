package org.myelin.etl.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A clinical visit; a null field was not assessed. */
public record Visit(int number, LocalDate date, @Nullable Double edss, @Nullable FunctionalScores functionalScores,
        @Nullable Integer ambulation, @Nullable Course course, @Nullable Double timed25FootWalkSeconds,
        @Nullable Double nineHolePegDominantSeconds, @Nullable Double nineHolePegNonDominantSeconds,
        @Nullable Integer sdmtScore) {
}
