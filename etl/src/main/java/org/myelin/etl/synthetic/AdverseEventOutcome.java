package org.myelin.etl.synthetic;

/** Outcome of an adverse event. */
public enum AdverseEventOutcome {
    RECOVERED,
    RECOVERING,
    NOT_RECOVERED,
    RECOVERED_WITH_SEQUELAE,
    FATAL,
    UNKNOWN
}
