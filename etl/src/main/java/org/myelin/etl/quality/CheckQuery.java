package org.myelin.etl.quality;

import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.TableLike;
import org.jooq.impl.DSL;

/**
 * The SQL of one check instance: one statement that counts the violating rows and the denominator in a single
 * pass, and a statement that lists the violating rows, kept as the query text so a reader can find them.
 */
record CheckQuery(Select<Record2<Integer, Integer>> counts, Select<?> violatedRows) {

    /** Rows of {@code from} that meet {@code denominator} form the denominator; those also meeting {@code violated} violate. */
    static CheckQuery rows(TableLike<?> from, Condition denominator, Condition violated) {
        return new CheckQuery(
                DSL.select(DSL.count().filterWhere(violated), DSL.count()).from(from).where(denominator),
                DSL.select(DSL.asterisk()).from(from).where(denominator.and(violated)));
    }

    /** Distinct values of {@code value} form the denominator; those on a row meeting {@code violated} violate. */
    static CheckQuery distinctValues(TableLike<?> from, Field<?> value, Condition violated) {
        return new CheckQuery(
                DSL.select(DSL.countDistinct(value).filterWhere(violated), DSL.countDistinct(value)).from(from),
                DSL.selectDistinct(value).from(from).where(violated));
    }
}
