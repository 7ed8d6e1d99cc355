package org.myelin.etl.synthetic;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/** An adverse event as reported, possibly attributed to a treatment episode (by its number). */
public record AdverseEvent(int number, LocalDate onset, String description, boolean serious,
        @Nullable Integer suspectedTreatment, AdverseEventOutcome outcome) {
}
