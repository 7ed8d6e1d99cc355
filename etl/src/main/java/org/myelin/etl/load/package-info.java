/** Bulk writing into the database: COPY of CDM rows, stable surrogate ids, the quarantine of rejected records. */
@NullMarked
package org.myelin.etl.load;

import org.jspecify.annotations.NullMarked;
