package org.myelin.etl.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** One uninterrupted period on one disease-modifying drug; no end while ongoing. */
public record TreatmentEpisode(int number, Drug drug, LocalDate start, @Nullable LocalDate end,
        @Nullable StopReason stopReason) {
}
