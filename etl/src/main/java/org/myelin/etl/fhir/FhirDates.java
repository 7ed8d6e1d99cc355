package org.myelin.etl.fhir;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.jspecify.annotations.Nullable;

/**
 * FHIR dates as the CDM keeps them: the local date and time as recorded (no shift to another zone), a partial
 * date at the start of its year or month. A date that cannot have happened (before 1850, or after the run) is
 * rejected with its JSON path.
 */
final class FhirDates {

    private static final LocalDate EARLIEST = LocalDate.of(1850, 1, 1);

    private final LocalDate latest;

    FhirDates(LocalDate today) {
        this.latest = today.plusDays(1);
    }

    @Nullable LocalDate date(@Nullable BaseDateTimeType value, String path) throws FhirResourceParser.Rejected {
        LocalDateTime time = dateTime(value, path);
        return time == null ? null : time.toLocalDate();
    }

    /** The recorded local date and time; midnight when only a date (or part of one) was given. */
    @Nullable LocalDateTime dateTime(@Nullable BaseDateTimeType value, String path) throws FhirResourceParser.Rejected {
        if (value == null || !value.hasValue()) {
            return null;
        }
        String text = value.getValueAsString();
        LocalDateTime time;
        try {
            time = switch (text.length()) {
                case 4 -> LocalDate.of(Integer.parseInt(text), 1, 1).atStartOfDay();
                case 7 -> LocalDate.parse(text + "-01").atStartOfDay();
                case 10 -> LocalDate.parse(text).atStartOfDay();
                default -> LocalDateTime.parse(text.substring(0, 19));
            };
        } catch (DateTimeParseException | NumberFormatException | StringIndexOutOfBoundsException e) {
            throw new FhirResourceParser.Rejected("impossible date '" + text + "' at " + path, true);
        }
        if (time.toLocalDate().isBefore(EARLIEST) || time.toLocalDate().isAfter(latest)) {
            throw new FhirResourceParser.Rejected("impossible date '" + text + "' at " + path, true);
        }
        return time;
    }
}
