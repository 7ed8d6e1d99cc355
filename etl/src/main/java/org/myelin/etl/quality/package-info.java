/**
 * Data-quality checks in the manner of OHDSI's Data Quality Dashboard, generated from the OMOP CDM v5.4
 * specification and a thresholds file, run as set-based SQL on a CDM schema, recorded in
 * {@code results.dq_check_results}, and used as the gate before a nightly publish.
 */
@NullMarked
package org.myelin.etl.quality;

import org.jspecify.annotations.NullMarked;
