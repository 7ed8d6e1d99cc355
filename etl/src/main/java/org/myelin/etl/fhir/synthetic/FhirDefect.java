package org.myelin.etl.fhir.synthetic;

/** The kinds of bad FHIR input issue 5 names, each of which the ETL must quarantine (and go on). */
enum FhirDefect {
    NOT_JSON("not-json"),
    INVALID_R4("invalid-r4"),
    UNKNOWN_RESOURCE_TYPE("unknown-resource-type"),
    MISSING_PATIENT("missing-patient"),
    CODING_WITHOUT_SYSTEM("coding-without-system"),
    IMPOSSIBLE_DATE("impossible-date");

    private final String code;

    FhirDefect(String code) {
        this.code = code;
    }

    /** The name in expected-quarantine.csv. */
    String code() {
        return code;
    }
}
