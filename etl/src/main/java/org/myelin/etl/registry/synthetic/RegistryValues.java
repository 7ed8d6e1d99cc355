package org.myelin.etl.registry.synthetic;

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

    private static final long[] SCALES = {1, 10, 100, 1000};

    /** A number with a fixed count of decimals (at most 3), half up; cheaper than BigDecimal for millions of values. */
    static String decimal(double value, int decimals) {
        long scaled = Math.round(Math.abs(value) * SCALES[decimals]);
        String sign = value < 0 && scaled != 0 ? "-" : "";
        if (decimals == 0) {
            return sign + scaled;
        }
        String digits = Long.toString(scaled + SCALES[decimals]);
        long whole = scaled / SCALES[decimals];
        return sign + whole + "." + digits.substring(digits.length() - decimals);
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
