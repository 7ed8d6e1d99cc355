package org.myelin.etl.registry;

import java.util.Locale;

/** Why a registry row breaks the contract and goes to the quarantine instead of the CDM. */
public enum QuarantineReason {
    /** a required value is empty (for adverse events: both meddra_code and description) */
    MISSING_VALUE,
    /** not an ISO 8601 date, or a partial date where the column takes only full dates */
    INVALID_DATE,
    /** not a number where the column takes one */
    INVALID_NUMBER,
    /** not one of the column's codes */
    INVALID_VALUE,
    /** a number outside the column's range or steps (an EDSS of 11 or 3.25) */
    OUT_OF_RANGE,
    /** a patient_id that patients.csv does not hold */
    UNKNOWN_PATIENT,
    /** another reference that does not resolve: a centre_id, a suspected_treatment_id */
    UNKNOWN_REFERENCE,
    /** an id already used by an earlier row of the same file (the earlier row is loaded) */
    DUPLICATE_ID,
    /** an end (or death, or outcome) date before its start */
    END_BEFORE_START,
    /** a line that is not a row of the file: another number of fields than the header has */
    MALFORMED_ROW;

    /** The reason as written in reports and expected-quarantine.csv. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
