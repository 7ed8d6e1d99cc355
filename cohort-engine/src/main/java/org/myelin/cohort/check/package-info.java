/** Validates a cohort definition before it runs, one class per rule, each finding naming its JSON path. */
@NullMarked
package org.myelin.cohort.check;

import org.jspecify.annotations.NullMarked;
