/** Generates cohorts into the results schema and reports their attrition. */
@NullMarked
package org.myelin.cohort.run;

import org.jspecify.annotations.NullMarked;
