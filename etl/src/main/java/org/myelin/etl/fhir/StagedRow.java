package org.myelin.etl.fhir;

import org.jooq.TableRecord;
import org.jspecify.annotations.Nullable;

/**
 * A CDM row mapped from a resource, without its surrogate ids: the person, visit and (for drugs) medication are
 * still the keys of the references, resolved in SQL once every file is staged.
 *
 * @param reference the parent encounter of a visit detail, the medication of a drug exposure, or the registry
 *     patient id of a linked patient
 */
record StagedRow(TableRecord<?> row, @Nullable String patient, @Nullable String encounter, @Nullable String reference) {
}
