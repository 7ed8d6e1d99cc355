package org.myelin.etl.registry;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What the export format allows in one column, and the check of one value against it. */
public record ColumnRule(String column, Kind kind, boolean required, Set<String> codes,
        @Nullable BigDecimal min, boolean minExclusive, @Nullable BigDecimal max, @Nullable BigDecimal step) {

    /** The kinds of value the format knows. */
    public enum Kind {
        TEXT, DATE, PARTIAL_DATE, INTEGER, DECIMAL, CODE, CODE_LIST, FLAG, COUNTRY, NUMBER_OR_CODE
    }

    private static final Set<String> FLAGS = Set.of("Y", "N");
    private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

    /** Why a value breaks this rule, or null when it keeps it. Empty values are checked only for presence. */
    public @Nullable Violation check(@Nullable String value) {
        if (value == null || value.isBlank()) {
            return required ? new Violation(column, QuarantineReason.MISSING_VALUE, column + " is empty") : null;
        }
        return switch (kind) {
            case TEXT -> null;
            case DATE -> isDate(value) ? null : new Violation(column, QuarantineReason.INVALID_DATE,
                    column + " '" + value + "' is not a date YYYY-MM-DD");
            case PARTIAL_DATE -> isPartialDate(value) ? null : new Violation(column, QuarantineReason.INVALID_DATE,
                    column + " '" + value + "' is not a date YYYY-MM-DD, YYYY-MM or YYYY");
            case INTEGER, DECIMAL -> checkNumber(value);
            case CODE -> codes.contains(value) ? null : invalidCode(value);
            case CODE_LIST -> codes.containsAll(Set.of(value.split(";", -1))) ? null : invalidCode(value);
            case FLAG -> FLAGS.contains(value) ? null : new Violation(column, QuarantineReason.INVALID_VALUE,
                    column + " '" + value + "' is not Y or N");
            case COUNTRY -> COUNTRIES.contains(value) ? null : new Violation(column, QuarantineReason.INVALID_VALUE,
                    column + " '" + value + "' is not an ISO 3166-1 alpha-2 country code");
            case NUMBER_OR_CODE -> codes.contains(value) ? null : checkNumber(value);
        };
    }

    private Violation invalidCode(String value) {
        return new Violation(column, QuarantineReason.INVALID_VALUE, column + " '" + value + "' is not one of "
                + String.join(", ", codes.stream().sorted().toList()));
    }

    private @Nullable Violation checkNumber(String value) {
        BigDecimal number;
        try {
            number = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            return new Violation(column, QuarantineReason.INVALID_NUMBER, column + " '" + value + "' is not a number");
        }
        if (kind == Kind.INTEGER && number.stripTrailingZeros().scale() > 0) {
            return new Violation(column, QuarantineReason.INVALID_NUMBER, column + " '" + value + "' is not a whole number");
        }
        boolean tooLow = min != null && (minExclusive ? number.compareTo(min) <= 0 : number.compareTo(min) < 0);
        boolean tooHigh = max != null && number.compareTo(max) > 0;
        boolean offStep = step != null && number.remainder(step).signum() != 0;
        if (tooLow || tooHigh || offStep) {
            return new Violation(column, QuarantineReason.OUT_OF_RANGE, column + " " + value + " is outside " + range());
        }
        return null;
    }

    private String range() {
        String low = min == null ? "" : (minExclusive ? "more than " : "") + min.toPlainString();
        String high = max == null ? "" : max.toPlainString();
        String span = max == null ? low : (min == null ? "at most " + high : low + " to " + high);
        return step == null ? span : span + " in steps of " + step.toPlainString();
    }

    static boolean isDate(String value) {
        if (value.length() != 10) {
            return false;
        }
        try {
            LocalDate.parse(value);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean isPartialDate(String value) {
        return switch (value.length()) {
            case 4 -> value.chars().allMatch(Character::isDigit);
            case 7 -> isDate(value + "-01");
            default -> isDate(value);
        };
    }

    /** A broken rule: the column, the reason code for reports and a sentence for people. */
    public record Violation(String column, QuarantineReason reason, String message) {
    }
}
