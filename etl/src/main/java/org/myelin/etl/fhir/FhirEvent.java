package org.myelin.etl.fhir;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * One clinical fact of a resource, before its table is chosen: its code, its dates and, for measurements and
 * observations, its value.
 */
record FhirEvent(FhirConcepts.Coded code, String usualDomain, LocalDateTime start, @Nullable LocalDateTime end,
        @Nullable Value value) {

    /** A value: a number with its unit, a concept, or text; a measurement's normal range. */
    record Value(@Nullable BigDecimal number, FhirConcepts.Coded unit, FhirConcepts.Coded concept, @Nullable String text,
            @Nullable BigDecimal rangeLow, @Nullable BigDecimal rangeHigh) {

        static Value text(@Nullable String text) {
            return new Value(null, FhirConcepts.Coded.NONE, FhirConcepts.Coded.NONE, text, null, null);
        }

        @Nullable String sourceValue() {
            if (number != null) {
                return number.toPlainString();
            }
            return concept.sourceValue() != null ? concept.sourceValue() : text;
        }
    }

    LocalDate startDate() {
        return start.toLocalDate();
    }

    @Nullable LocalDate endDate() {
        return end == null ? null : end.toLocalDate();
    }
}
