/**
 * FHIR R4 into the OMOP CDM: NDJSON and Bundles streamed resource by resource, mapped to CDM rows staged with their
 * unresolved references, then resolved set-based in SQL into the nightly build. {@link org.myelin.etl.fhir.FhirSource}
 * is the entry.
 */
@NullMarked
package org.myelin.etl.fhir;

import org.jspecify.annotations.NullMarked;
