package org.myelin.etl.quality;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.TableLike;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;

/**
 * The SQL of one check instance: one statement that counts the violating rows and the denominator in a single
 * pass, and a statement that lists the violating rows, kept as the query text so a reader can find them. A check
 * that tests each row on its own also keeps its parts ({@link RowTest}), and a check that depends only on a few
 * values of each row keeps those ({@link ValueTest}), so that the checks on the same rows can share one scan
 * ({@link SharedScans}).
 */
record CheckQuery(Select<Record2<Integer, Integer>> counts, Select<?> violatedRows, @Nullable RowTest rowTest,
        @Nullable ValueTest valueTest) {

    /** Rows of {@code from} meeting {@code denominator} are counted; those also meeting {@code violated} violate. */
    record RowTest(TableLike<?> from, Condition denominator, Condition violated) {
    }

    /**
     * A check whose verdict on a row depends only on the row's values of {@code fields}, so that it can be counted on
     * the table's distinct combinations of them with their numbers of rows, far fewer than its rows for concept-id
     * columns. {@code violated} is given the fields to test (the table's own, or a grouped table's columns). The
     * denominator is every row, or with {@code distinct} the distinct non-null values of the first field.
     */
    record ValueTest(Table<?> table, List<Field<Object>> fields, Function<List<Field<Object>>, Condition> violated,
            boolean distinct) {
    }

    CheckQuery(Select<Record2<Integer, Integer>> counts, Select<?> violatedRows) {
        this(counts, violatedRows, null, null);
    }

    /**
     * Rows of {@code from} that meet {@code denominator} form the denominator; those also meeting {@code violated}
     * violate. Both are counted in one scan, so {@code violated} should test the row itself.
     */
    static CheckQuery rows(TableLike<?> from, Condition denominator, Condition violated) {
        return new CheckQuery(
                DSL.select(DSL.count().filterWhere(violated), DSL.count()).from(from).where(denominator),
                DSL.select(DSL.asterisk()).from(from).where(denominator.and(violated)),
                new RowTest(from, denominator, violated), null);
    }

    /**
     * As {@link #rows}, for a {@code violated} condition that looks rows up elsewhere ({@code [not] exists}): counted in
     * a WHERE clause of its own, where PostgreSQL turns it into a hash (anti-)join; inside an aggregate's FILTER it
     * would run the subquery once per row.
     */
    static CheckQuery lookup(TableLike<?> from, Condition denominator, Condition violated) {
        return new CheckQuery(
                DSL.select(DSL.field(DSL.selectCount().from(from).where(denominator.and(violated))),
                        DSL.field(DSL.selectCount().from(from).where(denominator))),
                DSL.select(DSL.asterisk()).from(from).where(denominator.and(violated)));
    }

    /**
     * Rows of {@code table} whose {@code value} meets {@code violated}, a test that may look the value up elsewhere;
     * the denominator is every row.
     */
    static CheckQuery valueLookup(Table<?> table, Field<Object> value, Function<Field<Object>, Condition> violated) {
        CheckQuery perRow = lookup(table, DSL.noCondition(), violated.apply(value));
        return new CheckQuery(perRow.counts(), perRow.violatedRows(), null,
                new ValueTest(table, List.of(value), fields -> violated.apply(fields.getFirst()), false));
    }

    /**
     * A check that a validated database key has already proven: none of its rows violates. It keeps the query that
     * lists violating rows as its text, and counts only its denominator, every row, in the scan its table shares.
     */
    static CheckQuery provenByKey(Table<?> table, CheckQuery check) {
        return new CheckQuery(DSL.select(DSL.inline(0), DSL.count()).from(table), check.violatedRows(),
                new RowTest(table, DSL.noCondition(), DSL.falseCondition()), null);
    }

    /**
     * Rows whose non-null {@code key} occurs more than once. A key is usually unique, and then {@code count(key) =
     * count(distinct key)} proves it in one sort (three times faster than a hashed GROUP BY of 20 million keys);
     * only when they differ does the GROUP BY run that counts every row of a duplicated key (PostgreSQL evaluates
     * the uncorrelated subquery the first time the CASE needs it). The denominator is every row.
     */
    static <T> CheckQuery duplicates(Table<?> table, Field<T> key) {
        Table<?> groups = DSL.select(DSL.count().as("key_rows")).from(table).where(key.isNotNull()).groupBy(key)
                .having(DSL.count().gt(1)).asTable("key_groups");
        Field<Integer> duplicatedRows = DSL.field(DSL.select(DSL.coalesce(DSL.sum(groups.field("key_rows",
                Integer.class)), DSL.inline(BigDecimal.ZERO))).from(groups)).cast(Integer.class);
        return new CheckQuery(
                DSL.select(DSL.when(DSL.count(key).eq(DSL.countDistinct(key)), DSL.inline(0)).otherwise(duplicatedRows),
                        DSL.count()).from(table),
                DSL.select(DSL.asterisk()).from(table).where(key.in(
                        DSL.select(key).from(table).where(key.isNotNull()).groupBy(key).having(DSL.count().gt(1)))));
    }

    /**
     * Distinct values of {@code value} form the denominator; those on a row whose {@code other} field meets
     * {@code violated} violate.
     */
    static CheckQuery distinctValues(Table<?> table, Field<Object> value, Field<Object> other,
            Function<Field<Object>, Condition> violated) {
        return new CheckQuery(
                DSL.select(DSL.countDistinct(value).filterWhere(violated.apply(other)), DSL.countDistinct(value)).from(table),
                DSL.selectDistinct(value).from(table).where(violated.apply(other)), null,
                new ValueTest(table, List.of(value, other), fields -> violated.apply(fields.get(1)), true));
    }
}
