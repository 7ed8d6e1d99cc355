package org.myelin.etl.synthetic;

/** Outcome of a pregnancy; ONGOING and UNKNOWN have no outcome date. */
public enum PregnancyOutcome {
    LIVE_BIRTH,
    STILLBIRTH,
    MISCARRIAGE,
    INDUCED_ABORTION,
    ECTOPIC,
    ONGOING,
    UNKNOWN
}
