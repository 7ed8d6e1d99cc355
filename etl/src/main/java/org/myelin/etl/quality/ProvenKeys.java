package org.myelin.etl.quality;

import java.util.HashSet;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The primary and foreign keys that PostgreSQL has built and validated on the checked schema. A validated key has
 * already proven, row by row, what isPrimaryKey or isForeignKey would count (no duplicate, no orphan), so those checks
 * need not read the table again. A key added NOT VALID proves nothing and is not listed.
 */
final class ProvenKeys {

    private final Set<String> primaryKeys;
    private final Set<String> foreignKeys;

    private ProvenKeys(Set<String> primaryKeys, Set<String> foreignKeys) {
        this.primaryKeys = primaryKeys;
        this.foreignKeys = foreignKeys;
    }

    /** The validated single-column keys of {@code schema}. */
    static ProvenKeys of(DSLContext sql, String schema) {
        Set<String> primaryKeys = new HashSet<>();
        Set<String> foreignKeys = new HashSet<>();
        sql.resultQuery("""
                select c.contype, t.relname, a.attname, r.relname
                from pg_catalog.pg_constraint c
                join pg_catalog.pg_class t on t.oid = c.conrelid
                join pg_catalog.pg_namespace n on n.oid = t.relnamespace
                join pg_catalog.pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
                left join pg_catalog.pg_class r on r.oid = c.confrelid
                where n.nspname = {0} and c.contype in ('p', 'f') and c.convalidated and cardinality(c.conkey) = 1
                """, DSL.val(schema)).fetch().forEach(key -> {
            String column = key.get(1, String.class) + "." + key.get(2, String.class);
            if ("p".equals(key.get(0, String.class))) {
                primaryKeys.add(column);
            } else {
                foreignKeys.add(column + ">" + key.get(3, String.class));
            }
        });
        return new ProvenKeys(primaryKeys, foreignKeys);
    }

    boolean primaryKey(String table, String column) {
        return primaryKeys.contains(table + "." + column);
    }

    boolean foreignKey(String table, String column, String referencedTable) {
        return foreignKeys.contains(table + "." + column + ">" + referencedTable);
    }
}
