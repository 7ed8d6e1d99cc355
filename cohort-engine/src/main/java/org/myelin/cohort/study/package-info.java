/**
 * The network-study runner: a study definition (target, comparator and outcome cohorts, analyses), the set-based
 * analyses over the generated cohorts, and the results package (CSV files, manifest, HTML report) that holds only
 * aggregates, with small cells hidden.
 */
@NullMarked
package org.myelin.cohort.study;

import org.jspecify.annotations.NullMarked;
