/** Compiles a Circe cohort expression to PostgreSQL statements through jOOQ, with Circe's semantics. */
@NullMarked
package org.myelin.cohort.compile;

import org.jspecify.annotations.NullMarked;
