package org.myelin.etl.fhir;

import java.time.LocalDateTime;
import org.hl7.fhir.r4.model.BaseDateTimeType;
import org.hl7.fhir.r4.model.Period;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Type;
import org.jspecify.annotations.Nullable;

/**
 * What every resource mapper shares: code resolution, dates, the table router, and the identifier system that
 * links a Patient to the registry.
 */
record FhirMapping(FhirConcepts concepts, FhirDates dates, FhirEventRouter router, String linkSystem) {

    /** The key of the patient a resource is about; a resource about nobody is rejected. */
    String patient(Reference subject, String path) throws FhirResourceParser.Rejected {
        String key = FhirReferences.key(subject);
        if (key == null) {
            throw new FhirResourceParser.Rejected("no patient reference at " + path, true);
        }
        return key;
    }

    /** The start of a {@code dateTime} or {@code Period} choice, or null. */
    @Nullable LocalDateTime start(@Nullable Type value, String path) throws FhirResourceParser.Rejected {
        if (value instanceof BaseDateTimeType date) {
            return dates.dateTime(date, path);
        }
        if (value instanceof Period period) {
            LocalDateTime start = dates.dateTime(period.getStartElement(), path + ".start");
            return start != null ? start : dates.dateTime(period.getEndElement(), path + ".end");
        }
        return null;
    }

    /** The end of a {@code Period} choice, or null. */
    @Nullable LocalDateTime end(@Nullable Type value, String path) throws FhirResourceParser.Rejected {
        return value instanceof Period period ? dates.dateTime(period.getEndElement(), path + ".end") : null;
    }

    /** A required date: a resource without one cannot become a CDM row. */
    static LocalDateTime required(@Nullable LocalDateTime date, String what) throws FhirResourceParser.Rejected {
        if (date == null) {
            throw new FhirResourceParser.Rejected("no date: " + what + " is missing", true);
        }
        return date;
    }
}
