package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.noCondition;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * Where a criteria query reads a domain table's records of one codeset: by default the CDM table itself, filtered
 * through the cohort's {@code codesets} table; in a batch, the copy that holds the codeset's records for every cohort
 * of the batch ({@link SharedDomainRows}).
 */
@FunctionalInterface
interface DomainRows {

    /** The CDM tables themselves. */
    DomainRows CDM = (table, codesetColumn, codesetId) -> new Selection(table,
            codesetId == null ? noCondition() : Codesets.contains(codesetId, codesetColumn));

    /**
     * The rows of {@code table} (a CDM table aliased by its own name) whose {@code codesetColumn} holds a concept of the
     * cohort's codeset {@code codesetId}, or all rows when it is null; the selected rows have the CDM table's columns
     * under the same alias.
     */
    Selection select(Table<?> table, Field<Integer> codesetColumn, @Nullable Integer codesetId);

    /** A table to read from and the condition on its rows. */
    record Selection(Table<?> from, Condition where) {
    }
}
