package org.myelin.cohort.compile;

import org.jooq.Table;

/** A table of index events (a temporary table or a derived one) that can be read under any alias. */
@FunctionalInterface
interface EventTable {

    Table<?> as(String alias);
}
