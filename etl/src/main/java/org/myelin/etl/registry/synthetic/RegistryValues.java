package org.myelin.etl.registry.synthetic;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Spells values the way the export format wants them. */
final class RegistryValues {

    private RegistryValues() {
    }

    static @Nullable String date(@Nullable LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** A date kept to the month ({@code YYYY-MM}) or year ({@code YYYY}), as the format allows for some columns. */
    static @Nullable String partialDate(@Nullable LocalDate date, CentreConventions.DatePrecision precision) {
        if (date == null) {
            return null;
        }
        return switch (precision) {
            case DAY -> date.toString();
            case MONTH -> date.toString().substring(0, 7);
            case YEAR -> date.toString().substring(0, 4);
        };
    }

    static String decimal(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).toPlainString();
    }

    static @Nullable String decimal(@Nullable Double value, int decimals) {
        return value == null ? null : decimal(value.doubleValue(), decimals);
    }

    static @Nullable String integer(@Nullable Integer value) {
        return value == null ? null : value.toString();
    }

    static String flag(boolean value) {
        return value ? "Y" : "N";
    }

    static String code(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static String codes(List<? extends Enum<?>> values) {
        return values.stream().map(RegistryValues::code).collect(Collectors.joining(";"));
    }
}
