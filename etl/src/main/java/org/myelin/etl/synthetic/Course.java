package org.myelin.etl.synthetic;

/** Clinical course of MS as registries record it (Lublin 1996 and 2014 phenotypes, with RIS and CIS). */
public enum Course {
    RIS,
    CIS,
    RRMS,
    SPMS,
    PPMS,
    PRMS;

    /** Whether the course is progressive from onset or since conversion. */
    public boolean progressive() {
        return this == SPMS || this == PPMS || this == PRMS;
    }
}
