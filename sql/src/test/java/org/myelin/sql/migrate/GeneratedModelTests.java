package org.myelin.sql.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Schema;
import org.jooq.Table;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.jooq.cdm.Cdm;
import org.myelin.sql.jooq.myelin.Myelin;
import org.myelin.sql.jooq.results.Results;
import org.myelin.sql.jooq.vocab.Vocab;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** The jOOQ model generated at build time describes exactly the tables Liquibase creates. */
@ExtendWith(TestDatabaseExtension.class)
class GeneratedModelTests {

    private record Column(String type, boolean nullable) {
    }

    @Test
    void everyGeneratedTableAndColumnMatchesTheMigratedDatabase(TestDatabase database) {
        database.migrate();
        Map<String, Column> inDatabase = new HashMap<>();
        Set<String> databaseTables = new TreeSet<>();
        for (Record row : database.sql().resultQuery("select table_schema, table_name, column_name, udt_name, is_nullable "
                + "from information_schema.columns where table_schema in ('cdm', 'vocab', 'results', 'myelin') "
                + "and table_name not like 'databasechangelog%' and table_name not like 'batch\\_%'")) {
            String table = row.get(0, String.class) + "." + row.get(1, String.class);
            databaseTables.add(table);
            inDatabase.put(table + "." + row.get(2, String.class),
                    new Column(row.get(3, String.class), "YES".equals(row.get(4, String.class))));
        }

        Set<String> modelTables = new TreeSet<>();
        int columns = 0;
        for (Schema schema : List.<Schema>of(Cdm.CDM, Vocab.VOCAB, Results.RESULTS, Myelin.MYELIN)) {
            for (Table<?> table : schema.getTables()) {
                String qualified = schema.getName() + "." + table.getName();
                modelTables.add(qualified);
                for (Field<?> field : table.fields()) {
                    String column = qualified + "." + field.getName();
                    assertThat(inDatabase.get(column)).as(column)
                            .isEqualTo(new Column(postgresType(field.getDataType()), field.getDataType().nullable()));
                    columns++;
                }
            }
        }
        assertThat(modelTables).isEqualTo(databaseTables);
        assertThat(columns).isEqualTo(inDatabase.size());
    }

    /** PostgreSQL's internal type name (information_schema udt_name) for a generated field type. */
    private static String postgresType(DataType<?> type) {
        return switch (type.getTypeName()) {
            case "integer" -> "int4";
            case "bigint" -> "int8";
            case "clob" -> "text";
            case "decimal" -> "numeric";
            default -> type.getTypeName();
        };
    }
}
