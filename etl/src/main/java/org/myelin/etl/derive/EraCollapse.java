package org.myelin.etl.derive;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.partitionBy;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.when;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;

/**
 * Gaps and islands over date intervals: intervals of the same key whose gap is at most the persistence
 * window become one era, as OHDSI's era algorithms define it.
 *
 * <p>The input projects the key columns, {@code interval_start}, {@code interval_end}, and any columns to
 * be summed per era. In SQL:
 * each end is padded by the window; an interval opens a new island when it starts after the largest
 * padded end of the intervals before it (a running max over the key ordered by start); the islands are
 * numbered by a running sum and grouped; the era ends at the largest padded end minus the window. The
 * result has the keys, {@code era_start}, {@code era_end}, {@code interval_count} and the summed columns.
 */
final class EraCollapse {

    static final String START = "interval_start";
    static final String END = "interval_end";
    private static final String ERAS = "eras";

    private EraCollapse() {
    }

    /** A column of the table {@link #collapse} returns: a key, {@code era_start}, {@code era_end}, {@code interval_count}, a sum. */
    static <T> Field<T> column(String name, Class<T> type) {
        return field(name(ERAS, name), type);
    }

    static Table<Record> collapse(Select<? extends Record> intervals, List<String> keys, int persistenceDays,
            List<String> summed) {
        Table<? extends Record> input = intervals.asTable("intervals");
        List<Field<?>> keyFields = keys.stream().<Field<?>>map(key -> field(name("intervals", key))).toList();
        Field<LocalDate> start = field(name("intervals", START), LocalDate.class);
        Field<LocalDate> paddedEnd = field(name("intervals", END), LocalDate.class).plus(persistenceDays);

        List<SelectField<?>> padded = new ArrayList<>(keyFields);
        padded.add(start.as(START));
        padded.add(paddedEnd.as("padded_end"));
        summed.forEach(column -> padded.add(field(name("intervals", column)).as(column)));
        padded.add(max(paddedEnd).over(partitionBy(keyFields).orderBy(start, paddedEnd)
                .rowsBetweenUnboundedPreceding().andPreceding(1)).as("previous_end"));
        Table<Record> withPrevious = select(padded).from(input).asTable("padded");

        List<Field<?>> paddedKeys = keys.stream().<Field<?>>map(key -> field(name("padded", key))).toList();
        Field<LocalDate> paddedStart = field(name("padded", START), LocalDate.class);
        Field<LocalDate> paddedEndColumn = field(name("padded", "padded_end"), LocalDate.class);
        Field<LocalDate> previousEnd = field(name("padded", "previous_end"), LocalDate.class);
        Field<Integer> opensIsland = when(previousEnd.isNull().or(paddedStart.gt(previousEnd)), inline(1)).otherwise(inline(0));
        List<SelectField<?>> numbered = new ArrayList<>(paddedKeys);
        numbered.add(paddedStart.as(START));
        numbered.add(paddedEndColumn.as("padded_end"));
        summed.forEach(column -> numbered.add(field(name("padded", column)).as(column)));
        numbered.add(sum(opensIsland).over(partitionBy(paddedKeys).orderBy(paddedStart, paddedEndColumn)
                .rowsUnboundedPreceding()).as("island"));
        Table<Record> islands = select(numbered).from(withPrevious).asTable("islands");

        List<Field<?>> islandKeys = keys.stream().<Field<?>>map(key -> field(name("islands", key))).toList();
        List<SelectField<?>> eras = new ArrayList<>(islandKeys);
        eras.add(min(field(name("islands", START), LocalDate.class)).as("era_start"));
        eras.add(max(field(name("islands", "padded_end"), LocalDate.class)).minus(persistenceDays).as("era_end"));
        eras.add(count().as("interval_count"));
        summed.forEach(column -> eras.add(sum(field(name("islands", column), Integer.class)).cast(Integer.class).as(column)));
        List<Field<?>> groupBy = new ArrayList<>(islandKeys);
        groupBy.add(field(name("islands", "island")));
        return select(eras).from(islands).groupBy(groupBy).asTable(ERAS);
    }
}
