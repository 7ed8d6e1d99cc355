package org.myelin.etl.quality;

import java.math.BigDecimal;
import java.util.ArrayList;
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
 * a source value and its concept) are counted on one grouped scan of their table: a GROUP BY counts the rows of each
 * combination of the values they test, and each check tests only those few hundred groups, not every row.
 */
final class SharedScans {

    /** Enough checks per statement to read a big table only a few times, few enough to keep every worker busy. */
    static final int MAX_CHECKS_PER_SCAN = 48;

    private SharedScans() {
    }

    /**
     * The instances as units of work, each a list of indexes into {@code instances} run as one statement: the row tests
     * on the same rows together, the value tests of one table together (those on distinct source values by their own
     * fields), at most {@value #MAX_CHECKS_PER_SCAN} a unit; every other instance alone.
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
                ValueTest test = query.valueTest();
                String fields = test.distinct() ? " by " + test.fields().stream().map(Field::getName).toList() : "";
                byScan.computeIfAbsent("values of " + sql.render(test.table()) + fields, table -> new ArrayList<>()).add(i);
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

    /**
     * Whether a unit is counted by {@link #counts}: several checks sharing a scan, or a value test even alone (its values
     * grouped first cost less than testing every row; a distinct count over groups needs no sort of every row).
     */
    static boolean shared(List<CheckInstance> unit) {
        CheckQuery first = unit.getFirst().query();
        return unit.size() > 1 || first != null && first.valueTest() != null;
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
     * Groups the table once by all the fields its checks test, then counts each check on the groups: a concept-id
     * column has a few hundred values, and the columns of one table together a few hundred combinations, so every
     * check tests those instead of every row (one GROUP BY over all fields, rather than GROUPING SETS over each, which
     * PostgreSQL cannot run in parallel). A check on distinct source values groups by its own two fields alone ({@link #units}),
     * so that a column with a value per row does not multiply the combinations of the others.
     */
    private static Select<Record> valueCounts(List<CheckInstance> checks) {
        List<ValueTest> tests = checks.stream().map(check -> Objects.requireNonNull(query(check).valueTest())).toList();
        Map<String, Integer> fieldIndex = new LinkedHashMap<>();
        List<Field<?>> grouped = new ArrayList<>();
        List<Field<?>> groupBy = new ArrayList<>();
        for (ValueTest test : tests) {
            for (Field<Object> field : test.fields()) {
                fieldIndex.computeIfAbsent(field.getName(), name -> {
                    grouped.add(field.as("value_" + groupBy.size()));
                    groupBy.add(field);
                    return groupBy.size() - 1;
                });
            }
        }
        grouped.add(DSL.count().as("row_count"));
        Table<?> groups = DSL.select(grouped).from(tests.getFirst().table()).groupBy(groupBy).asTable("value_groups");
        Field<Long> rowCount = groups.field("row_count", Long.class);
        List<Field<?>> counts = new ArrayList<>(2 * tests.size());
        for (ValueTest test : tests) {
            List<Field<Object>> columns = test.fields().stream()
                    .map(field -> CheckContext.untyped(groups.field("value_" + fieldIndex.get(field.getName())))).toList();
            Condition violated = test.violated().apply(columns);
            if (test.distinct()) {
                counts.add(DSL.countDistinct(columns.getFirst()).filterWhere(violated));
                counts.add(DSL.countDistinct(columns.getFirst()));
            } else {
                counts.add(DSL.coalesce(DSL.sum(rowCount).filterWhere(violated), DSL.inline(BigDecimal.ZERO)));
                counts.add(DSL.coalesce(DSL.sum(rowCount), DSL.inline(BigDecimal.ZERO)));
            }
        }
        return DSL.select(counts).from(groups);
    }

    private static CheckQuery query(CheckInstance instance) {
        return Objects.requireNonNull(instance.query());
    }
}
