package org.myelin.cohort.compile;

import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * How one CDM table supplies events: its id, concept, dates (the end date with Circe's fallback when the column
 * is empty) and, where it has them, visit and provider.
 */
record DomainSource(
        Table<?> table,
        Field<Integer> personId,
        Field<Integer> eventId,
        Field<Integer> conceptId,
        Field<LocalDate> startDate,
        Field<LocalDate> endDate,
        @Nullable Field<Integer> visitOccurrenceId,
        @Nullable Field<Integer> providerId) {
}
