/**
 * Source-to-concept maps for registry values (drug names, brands, ATC codes, measures, courses): CSV files in
 * the shape of OMOP's source_to_concept_map, with targets named by vocabulary and code and resolved against
 * the loaded vocabulary.
 */
@NullMarked
package org.myelin.mappings;

import org.jspecify.annotations.NullMarked;
