package org.myelin.etl.nightly;

import java.util.Map;
import java.util.TreeMap;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.myelin.sql.jooq.cdm.Cdm;

/**
 * A content checksum of every CDM table: the MD5 of its rows' text forms in sorted order, so two builds of
 * the same export can be proved identical table by table.
 */
public final class CdmChecksum {

    private CdmChecksum() {
    }

    /** Checksums by table name, of the CDM schema that {@code sql}'s settings render. */
    public static Map<String, String> of(DSLContext sql) {
        Map<String, String> checksums = new TreeMap<>();
        for (Table<?> table : Cdm.CDM.getTables()) {
            Table<?> rows = table.as("r");
            String checksum = sql.select(DSL.field("coalesce(md5(string_agg(r::text, '\n' order by r::text)), '')", String.class))
                    .from(rows).fetchOne(0, String.class);
            checksums.put(table.getName(), checksum);
        }
        return checksums;
    }
}
