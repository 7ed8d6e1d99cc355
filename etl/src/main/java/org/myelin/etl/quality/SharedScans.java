package org.myelin.etl.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.myelin.etl.quality.CheckQuery.RowTest;
import org.myelin.etl.quality.CheckQuery.ValueTest;

/**
 * Checks that test each row of the same table (or the same join) on their own are counted together, in one scan of
 * it: a CDM table of twenty million rows is read once for its few dozen field checks, not once per check. Every
 * check keeps its own denominator and violation as a FILTER of one aggregate each.
 *
 * <p>Checks that depend only on a few values of each row ({@link ValueTest}: a concept id looked up in the vocabulary,
 * a source value and its concept) are counted together on one grouped scan of their table: GROUPING SETS count the
 * rows of each distinct value (or pair of values) of every field they test, and each check tests only those few
 * hundred groups, not every row.
 */
final class SharedScans {

    /** Enough checks per statement to read a big table only a few times, few enough to keep every worker busy. */
    static final int MAX_CHECKS_PER_SCAN = 48;

    private SharedScans() {
    }

    /**
     * The instances as units of work, each a list of indexes into {@code instances} run as one statement: the row tests
     * on the same rows together (at most {@value #MAX_CHECKS_PER_SCAN}), every other instance alone.
     */
    static List<List<Integer>> units(DSLContext sql, List<CheckInstance> instances) {
        Map<String, List<Integer>> byScan = new LinkedHashMap<>();
        List<List<Integer>> alone = new ArrayList<>();
        for (int i = 0; i < instances.size(); i++) {
            CheckQuery query = instances.get(i).query();
            if (query != null && query.rowTest() != null) {
                // the whole FROM clause with its values: a table rendered alone is only its name, not its joins
                byScan.computeIfAbsent(sql.renderInlined(DSL.selectOne().from(query.rowTest().from())), from -> new ArrayList<>()).add(i);
            } else if (query != null && query.valueTest() != null) {
                byScan.computeIfAbsent("values of " + sql.render(query.valueTest().table()), table -> new ArrayList<>()).add(i);
            } else {
                alone.add(List.of(i));
            }
        }
        List<List<Integer>> units = new ArrayList<>();
        for (List<Integer> scan : byScan.values()) {
            for (int start = 0; start < scan.size(); start += MAX_CHECKS_PER_SCAN) {
                units.add(List.copyOf(scan.subList(start, Math.min(scan.size(), start + MAX_CHECKS_PER_SCAN))));
            }
        }
        units.addAll(alone);
        return units;
    }

    /** One statement counting, for each check of a unit in turn, its violating rows and its denominator. */
    static Select<Record> counts(List<CheckInstance> checks) {
        return query(checks.getFirst()).rowTest() != null ? rowCounts(checks) : valueCounts(checks);
    }

    private static Select<Record> rowCounts(List<CheckInstance> checks) {
        List<Field<?>> counts = new ArrayList<>(2 * checks.size());
        for (CheckInstance check : checks) {
            RowTest test = Objects.requireNonNull(query(check).rowTest());
            counts.add(DSL.count().filterWhere(test.denominator().and(test.violated())));
            counts.add(DSL.count().filterWhere(test.denominator()));
        }
        return DSL.select(counts).from(Objects.requireNonNull(query(checks.getFirst()).rowTest()).from());
    }

    /**
     * Groups the table once by every set of fields the checks test, numbering each group's set by GROUPING (bit i set
     * when field i is not in it), then counts each check on the groups of its own set.
     */
    private static Select<Record> valueCounts(List<CheckInstance> checks) {
        List<ValueTest> tests = checks.stream().map(check -> Objects.requireNonNull(query(check).valueTest())).toList();
        Map<String, Integer> fieldIndex = new LinkedHashMap<>();
        List<Field<Object>> fields = new ArrayList<>();
        Map<List<Integer>, List<Field<Object>>> sets = new LinkedHashMap<>();
        for (ValueTest test : tests) {
            List<Integer> set = new ArrayList<>();
            for (Field<Object> field : test.fields()) {
                set.add(fieldIndex.computeIfAbsent(field.getName(), name -> {
                    fields.add(field);
                    return fields.size() - 1;
                }));
            }
            sets.putIfAbsent(set, test.fields());
        }
        Field<Integer> setNumber = DSL.inline(0);
        List<Field<?>> grouped = new ArrayList<>();
        for (int i = 0; i < fields.size(); i++) {
            grouped.add(fields.get(i).as("value_" + i));
            setNumber = setNumber.plus(DSL.grouping(fields.get(i)).mul(DSL.inline(1 << i)));
        }
        grouped.add(setNumber.as("grouping_set"));
        grouped.add(DSL.count().as("row_count"));
        Table<?> groups = DSL.select(grouped).from(tests.getFirst().table())
                .groupBy(DSL.groupingSets(sets.values().stream().<Collection<? extends Field<?>>>map(List::copyOf).toList()
                        .toArray(Collection[]::new)))
                .asTable("value_groups");
        Field<Integer> groupingSet = groups.field("grouping_set", Integer.class);
        Field<Long> rowCount = groups.field("row_count", Long.class);
        List<Field<?>> counts = new ArrayList<>(2 * tests.size());
        for (ValueTest test : tests) {
            List<Field<Object>> columns = new ArrayList<>();
            int notInSet = (1 << fields.size()) - 1;
            for (Field<Object> field : test.fields()) {
                int index = fieldIndex.get(field.getName());
                columns.add(CheckContext.untyped(groups.field("value_" + index)));
                notInSet &= ~(1 << index);
            }
            Condition inSet = groupingSet.eq(DSL.inline(notInSet));
            Condition violated = inSet.and(test.violated().apply(columns));
            if (test.distinct()) {
                counts.add(DSL.countDistinct(columns.getFirst()).filterWhere(violated));
                counts.add(DSL.countDistinct(columns.getFirst()).filterWhere(inSet));
            } else {
                counts.add(DSL.coalesce(DSL.sum(rowCount).filterWhere(violated), DSL.inline(BigDecimal.ZERO)));
                counts.add(DSL.coalesce(DSL.sum(rowCount).filterWhere(inSet), DSL.inline(BigDecimal.ZERO)));
            }
        }
        return DSL.select(counts).from(groups);
    }

    private static CheckQuery query(CheckInstance instance) {
        return Objects.requireNonNull(instance.query());
    }
}
