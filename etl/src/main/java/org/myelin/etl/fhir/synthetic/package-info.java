/**
 * Writes synthetic patient histories as FHIR R4 from a CLAIMS hospital (Bulk Data NDJSON or transaction Bundles),
 * for the same simulated patients as the registry generator, most of them carrying their registry id.
 */
@NullMarked
package org.myelin.etl.fhir.synthetic;

import org.jspecify.annotations.NullMarked;
