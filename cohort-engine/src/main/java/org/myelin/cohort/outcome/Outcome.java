package org.myelin.cohort.outcome;

/** A named, parameterised MS outcome phenotype. */
public sealed interface Outcome permits ConfirmedWorsening, SecondaryProgression, Pira, Neda3 {

    /** The outcome's name with its parameters, for cohort_definition and reports. */
    String name();
}
