package org.myelin.etl.synthetic;

/** Localisation of the first MS symptoms. */
public enum OnsetSymptom {
    OPTIC,
    BRAINSTEM,
    SPINAL,
    SUPRATENTORIAL,
    OTHER
}
