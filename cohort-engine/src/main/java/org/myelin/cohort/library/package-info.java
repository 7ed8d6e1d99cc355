/**
 * The MS phenotype library: ATLAS cohort definitions shipped with Myelin under stable cohort ids, their concepts
 * named by vocabulary and code and resolved against the loaded vocabulary.
 *
 * <p>List the library with {@link org.myelin.cohort.library.PhenotypeLibrary#cohorts()}; generate one cohort with
 * {@code new CohortGenerator(dataSource, schemas).generate(PhenotypeLibrary.ms().definition(1001, dataSource, schemas))}.
 */
@NullMarked
package org.myelin.cohort.library;

import org.jspecify.annotations.NullMarked;
