package org.myelin.etl.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** A pregnancy from estimated conception; dmtExposed when a DMT was taken after conception. */
public record Pregnancy(int number, LocalDate conception, PregnancyOutcome outcome, @Nullable LocalDate outcomeDate,
        boolean dmtExposed) {
}
