package org.myelin.etl.synthetic;

/** Recovery from a relapse. */
public enum Recovery {
    COMPLETE,
    PARTIAL,
    NONE
}
