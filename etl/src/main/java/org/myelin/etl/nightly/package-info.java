/** The nightly model every ETL shares: build into cdm_next under a lock, then publish by a schema swap. */
@NullMarked
package org.myelin.etl.nightly;

import org.jspecify.annotations.NullMarked;
