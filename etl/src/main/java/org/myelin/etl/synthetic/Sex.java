package org.myelin.etl.synthetic;

/** Sex at birth. */
public enum Sex {
    F,
    M
}
