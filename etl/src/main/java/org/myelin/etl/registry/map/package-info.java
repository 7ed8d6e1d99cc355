/** Mapping admitted registry rows to OMOP CDM rows, one mapper per file of the export. */
@NullMarked
package org.myelin.etl.registry.map;

import org.jspecify.annotations.NullMarked;
