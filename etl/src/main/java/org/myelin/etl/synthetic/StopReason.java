package org.myelin.etl.synthetic;

/** Why a treatment episode ended. */
public enum StopReason {
    LACK_OF_EFFICACY,
    ADVERSE_EVENT,
    PREGNANCY,
    PATIENT_CHOICE,
    CONVENIENCE,
    OTHER
}
