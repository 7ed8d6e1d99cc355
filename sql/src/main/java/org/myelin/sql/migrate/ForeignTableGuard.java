package org.myelin.sql.migrate;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Named;
import org.jooq.Schema;
import org.jooq.impl.DSL;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.jooq.cdm.Cdm;
import org.myelin.sql.jooq.myelin.Myelin;
import org.myelin.sql.jooq.results.Results;
import org.myelin.sql.jooq.vocab.Vocab;

/** Refuses a schema that holds tables Myelin did not create, before a migration touches it. */
final class ForeignTableGuard {

    private static final Set<String> LIQUIBASE_TABLES = Set.of("databasechangelog", "databasechangeloglock");

    /** Spring Batch's job repository tables, created by Myelin's changelog but left out of the jOOQ model. */
    private static final String SPRING_BATCH_PREFIX = "batch_";

    private final DSLContext sql;

    ForeignTableGuard(DSLContext sql) {
        this.sql = sql;
    }

    void check(SchemaKind kind, String schemaName) {
        List<String> present = sql.select(DSL.field("table_name", String.class))
                .from("information_schema.tables")
                .where(DSL.field("table_schema").eq(schemaName))
                .fetch(0, String.class);
        if (present.isEmpty()) {
            return;
        }
        if (!present.contains("databasechangelog")) {
            SchemaMigrator.refuse(schemaName, "already holds " + present.size()
                    + " tables that Myelin did not create (for example " + present.getFirst() + ")");
        }
        Set<String> known = knownTables(kind);
        List<String> foreign = present.stream()
                .filter(table -> !known.contains(table))
                .filter(table -> !(kind == SchemaKind.MYELIN && table.startsWith(SPRING_BATCH_PREFIX)))
                .sorted()
                .toList();
        if (!foreign.isEmpty()) {
            SchemaMigrator.refuse(schemaName, "holds tables Myelin did not create: " + String.join(", ", foreign));
        }
    }

    private static Set<String> knownTables(SchemaKind kind) {
        Schema model = switch (kind) {
            case CDM -> Cdm.CDM;
            case VOCAB -> Vocab.VOCAB;
            case RESULTS -> Results.RESULTS;
            case MYELIN -> Myelin.MYELIN;
        };
        return Stream.concat(model.getTables().stream().map(Named::getName), LIQUIBASE_TABLES.stream())
                .collect(Collectors.toSet());
    }
}
