/** The OHDSI Circe cohort expression as ATLAS writes it, as immutable records, and its reader. */
@NullMarked
package org.myelin.cohort.model;

import org.jspecify.annotations.NullMarked;
