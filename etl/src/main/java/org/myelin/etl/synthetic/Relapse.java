package org.myelin.etl.synthetic;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A relapse (attack); the end date and recovery are unknown while it is still being followed. */
public record Relapse(int number, LocalDate onset, @Nullable LocalDate end, Severity severity,
        boolean steroidTreated, @Nullable Recovery recovery, List<FunctionalSystem> systems) {
}
