package org.myelin.etl.registry.read;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Dates as the format writes them, partial ones included: {@code YYYY-MM} stands for the 1st of the month
 * and {@code YYYY} for July 1st, as the format says the ETL imputes them.
 */
public final class RegistryDates {

    private RegistryDates() {
    }

    /** The date a checked value stands for, or null for an empty one. */
    public static @Nullable LocalDate imputed(@Nullable String value) {
        if (value == null) {
            return null;
        }
        return switch (value.length()) {
            case 4 -> LocalDate.of(Integer.parseInt(value), 7, 1);
            case 7 -> LocalDate.parse(value + "-01");
            default -> LocalDate.parse(value);
        };
    }
}
