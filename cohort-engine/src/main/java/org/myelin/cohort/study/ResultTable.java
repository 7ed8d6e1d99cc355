package org.myelin.cohort.study;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jooq.Record;
import org.jspecify.annotations.Nullable;

/** One CSV file of a results package: its name, what it holds, its columns and its rows of aggregate values. */
record ResultTable(String file, String description, List<ResultColumn> columns, List<List<@Nullable Object>> rows) {

    ResultTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    static ResultTable of(String file, String description, ResultColumn... columns) {
        return new ResultTable(file, description, Arrays.asList(columns), new ArrayList<>());
    }

    /** A statement's row as a row of values: decimals as doubles (as the CSV writes them), the rest as read. */
    static List<@Nullable Object> values(Record row) {
        List<@Nullable Object> values = new ArrayList<>(row.size());
        for (int i = 0; i < row.size(); i++) {
            values.add(row.get(i) instanceof BigDecimal decimal ? (Object) decimal.doubleValue() : row.get(i));
        }
        return values;
    }

    ResultTable withRows(List<List<@Nullable Object>> newRows) {
        return new ResultTable(file, description, columns, newRows);
    }

    int index(String column) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(column)) {
                return i;
            }
        }
        throw new IllegalArgumentException(file + " has no column " + column);
    }

    /**
     * The same table with every count in [1, minCellCount) written as {@code -minCellCount}, and every figure derived
     * from such a count too, as OHDSI's CohortGenerator does. Zero stays zero: an empty cell identifies no one.
     */
    ResultTable censored(int minCellCount) {
        List<List<@Nullable Object>> censored = new ArrayList<>();
        for (List<@Nullable Object> row : rows) {
            List<@Nullable Object> copy = new ArrayList<>(row);
            Set<String> hidden = new HashSet<>();
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).kind() == ResultColumn.Kind.COUNT && row.get(i) instanceof Number count
                        && count.longValue() > 0 && count.longValue() < minCellCount) {
                    copy.set(i, (long) -minCellCount);
                    hidden.add(columns.get(i).name());
                }
            }
            for (int i = 0; i < columns.size(); i++) {
                ResultColumn column = columns.get(i);
                boolean fromHidden = column.basis().isEmpty() ? !hidden.isEmpty()
                        : column.basis().stream().anyMatch(hidden::contains);
                if (column.kind() == ResultColumn.Kind.DERIVED && fromHidden && row.get(i) != null) {
                    copy.set(i, (double) -minCellCount);
                }
            }
            censored.add(copy);
        }
        return withRows(censored);
    }
}
