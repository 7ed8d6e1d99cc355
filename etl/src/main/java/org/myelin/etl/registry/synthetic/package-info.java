/**
 * Writes synthetic patient histories as an MS registry export (../shared/formats/ms-registry-export.md), with
 * registry habits (brand and generic drug names, ATC codes, partial dates) and, on request, seeded bad rows.
 */
@NullMarked
package org.myelin.etl.registry.synthetic;

import org.jspecify.annotations.NullMarked;
