package org.myelin.etl.synthetic;

/** Severity of a relapse. */
public enum Severity {
    MILD,
    MODERATE,
    SEVERE
}
