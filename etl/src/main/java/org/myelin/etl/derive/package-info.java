/**
 * The derived CDM tables, built by OHDSI's standard algorithms in set-based SQL: observation periods,
 * condition eras, drug eras and dose eras.
 */
@NullMarked
package org.myelin.etl.derive;

import org.jspecify.annotations.NullMarked;
