package org.myelin.etl.fhir.synthetic;

import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.TimeZone;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.DateType;
import org.hl7.fhir.r4.model.Period;
import org.myelin.etl.synthetic.PatientHistory;

/** Dates and times as the hospital writes them: local time of a central European hospital, to the second. */
final class FhirTime {

    private static final ZoneId ZONE = ZoneId.of("Europe/Berlin");
    private static final TimeZone TIME_ZONE = TimeZone.getTimeZone(ZONE);

    private FhirTime() {
    }

    /** The last day the hospital's record of a patient can hold: the death, else the last contact. */
    static LocalDate lastDay(PatientHistory history) {
        return history.deathDate() != null ? history.deathDate() : history.lastContactDate();
    }

    /** A moment on a day, minutes after midnight local time. */
    static DateTimeType at(LocalDate day, int minuteOfDay) {
        Date instant = Date.from(day.atStartOfDay(ZONE).plusMinutes(minuteOfDay).toInstant());
        return new DateTimeType(instant, TemporalPrecisionEnum.SECOND, TIME_ZONE);
    }

    static DateTimeType day(LocalDate day) {
        return new DateTimeType(day.toString());
    }

    static DateType date(LocalDate day) {
        return new DateType(day.toString());
    }

    static Period period(LocalDate startDay, int startMinute, LocalDate endDay, int endMinute) {
        return new Period().setStartElement(at(startDay, startMinute)).setEndElement(at(endDay, endMinute));
    }
}
