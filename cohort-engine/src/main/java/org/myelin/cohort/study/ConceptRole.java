package org.myelin.cohort.study;

/** The clinical facts the analyses look up, each a set of concepts named in {@code study/concepts.csv}. */
enum ConceptRole {
    MS_DIAGNOSIS, MS_ONSET, EDSS, RELAPSE, DMT
}
