/**
 * Simulation of synthetic multiple-sclerosis patient histories, independent of any export format, so that a
 * registry writer and a FHIR writer can render the same patients from one seed.
 */
@NullMarked
package org.myelin.etl.synthetic;

import org.jspecify.annotations.NullMarked;
