package org.myelin.etl.synthetic;

/** Diagnostic criteria a diagnosis was made under; the label is the registry spelling. */
public enum DiagnosisCriteria {
    POSER("Poser"),
    MCDONALD_2001("McDonald2001"),
    MCDONALD_2005("McDonald2005"),
    MCDONALD_2010("McDonald2010"),
    MCDONALD_2017("McDonald2017"),
    OTHER("other");

    private final String label;

    DiagnosisCriteria(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
