package org.myelin.etl.quality;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.quality.CheckQuery.RowTest;

/**
 * Checks that test each row of the same table (or the same join) on their own are counted together, in one scan of
 * it: a CDM table of twenty million rows is read once for its few dozen field checks, not once per check. Every
 * check keeps its own denominator and violation as a FILTER of one aggregate each.
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
            RowTest test = rowTest(instances.get(i));
            if (test == null) {
                alone.add(List.of(i));
            } else {
                // the whole FROM clause with its values: a table rendered alone is only its name, not its joins
                byScan.computeIfAbsent(sql.renderInlined(DSL.selectOne().from(test.from())), from -> new ArrayList<>()).add(i);
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

    /** One statement counting, for each check in turn, its violating rows and its denominator. */
    static Select<Record> counts(List<CheckInstance> checks) {
        List<Field<?>> counts = new ArrayList<>(2 * checks.size());
        for (CheckInstance check : checks) {
            RowTest test = Objects.requireNonNull(rowTest(check));
            counts.add(DSL.count().filterWhere(test.denominator().and(test.violated())));
            counts.add(DSL.count().filterWhere(test.denominator()));
        }
        return DSL.select(counts).from(Objects.requireNonNull(rowTest(checks.getFirst())).from());
    }

    private static @Nullable RowTest rowTest(CheckInstance instance) {
        return instance.query() == null ? null : instance.query().rowTest();
    }
}
