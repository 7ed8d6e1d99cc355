package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.val;

import java.util.Map;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;

/**
 * One cohort's view of a batch's shared domain tables: a codeset's records come from the shared copy of the table
 * when the batch made one holding that codeset, otherwise from the CDM table through the batch's codeset table.
 *
 * <pre>
 * from results.cohort_batch_&lt;token&gt;_&lt;table&gt; &lt;table&gt; where &lt;table&gt;.codeset_id = &lt;shared id&gt;
 * </pre>
 */
final class SharedDomainRows implements DomainRows {

    /** A shared copy of a domain table and the shared codeset ids whose records it holds. */
    record SharedTable(Table<?> table, Set<Integer> codesets) {
    }

    /** A read of a domain table by concept set: the table and the concept column the codeset is matched on. */
    record Pass(String table, String column) implements Comparable<Pass> {

        static Pass of(Table<?> table, Field<Integer> column) {
            return new Pass(table.getName(), column.getName());
        }

        @Override
        public int compareTo(Pass other) {
            int byTable = table.compareTo(other.table);
            return byTable != 0 ? byTable : column.compareTo(other.column);
        }
    }

    private final Map<Integer, Integer> sharedIds;
    private final Map<Pass, SharedTable> tables;
    private final Table<?> codesets;

    /**
     * {@code sharedIds} maps the cohort's codeset ids to the batch's; {@code tables} the passes over CDM tables to
     * their copies; {@code codesets} is the batch's codeset table, through which codesets without a copy are read.
     */
    SharedDomainRows(Map<Integer, Integer> sharedIds, Map<Pass, SharedTable> tables, Table<?> codesets) {
        this.sharedIds = Map.copyOf(sharedIds);
        this.tables = Map.copyOf(tables);
        this.codesets = codesets;
    }

    @Override
    public Selection select(Table<?> table, Field<Integer> codesetColumn, @Nullable Integer codesetId) {
        Integer sharedId = codesetId == null ? null : sharedIds.get(codesetId);
        if (sharedId == null) {
            return DomainRows.CDM.select(table, codesetColumn, codesetId);
        }
        SharedTable shared = copy(table, codesetColumn, sharedId);
        if (shared == null) {
            return new Selection(table, Codesets.contains(codesets, sharedId, codesetColumn));
        }
        return new Selection(shared.table().as(table.getName()), Events.of(table.getName(), Codesets.CODESET_ID).eq(val(sharedId)));
    }

    /** Whether {@link #select} reads these records from a shared copy. */
    boolean readsCopy(Table<?> table, Field<Integer> codesetColumn, @Nullable Integer codesetId) {
        Integer sharedId = codesetId == null ? null : sharedIds.get(codesetId);
        return sharedId != null && copy(table, codesetColumn, sharedId) != null;
    }

    /** The copy that holds the shared codeset's records read by that column, or null. */
    private @Nullable SharedTable copy(Table<?> table, Field<Integer> codesetColumn, int sharedId) {
        SharedTable shared = tables.get(Pass.of(table, codesetColumn));
        return shared != null && shared.codesets().contains(sharedId) ? shared : null;
    }
}
