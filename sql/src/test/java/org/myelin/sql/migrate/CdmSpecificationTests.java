package org.myelin.sql.migrate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** Every field of the official OMOP CDM v5.4 specification exists in the migrated database as specified. */
@ExtendWith(TestDatabaseExtension.class)
class CdmSpecificationTests {

    private static final String FIELD_LEVEL = "/omop/OMOP_CDMv5.4_Field_Level.csv";
    private static final String TABLE_LEVEL = "/omop/OMOP_CDMv5.4_Table_Level.csv";

    private record Column(String dataType, Integer length, boolean nullable) {
    }

    private static Map<String, Column> columns = Map.of();

    @BeforeAll
    static void migrate(TestDatabase database) {
        database.migrate();
        DSLContext sql = database.sql();
        Map<String, Column> found = new HashMap<>();
        for (Record row : sql.resultQuery("select table_schema, table_name, column_name, data_type, "
                + "character_maximum_length, is_nullable from information_schema.columns")) {
            found.put(row.get(0, String.class) + "." + row.get(1, String.class) + "." + row.get(2, String.class),
                    new Column(row.get(3, String.class), row.get(4, Integer.class), "YES".equals(row.get(5, String.class))));
        }
        columns = found;
    }

    @Test
    void specificationHas432FieldsIn39Tables() throws IOException {
        List<CSVRecord> fields = read(FIELD_LEVEL);
        assertThat(fields).hasSize(432);
        assertThat(fields.stream().map(field -> field.get("cdmTableName")).distinct()).hasSize(39);
    }

    @TestFactory
    Stream<DynamicTest> everySpecifiedFieldHasItsTypeAndNullability() throws IOException {
        Map<String, String> schemaOfTable = new HashMap<>();
        for (CSVRecord table : read(TABLE_LEVEL)) {
            schemaOfTable.put(table.get("cdmTableName").toLowerCase(Locale.ROOT),
                    table.get("schema").toLowerCase(Locale.ROOT));
        }
        return read(FIELD_LEVEL).stream().map(field -> {
            String table = field.get("cdmTableName").toLowerCase(Locale.ROOT);
            String qualified = Objects.requireNonNull(schemaOfTable.get(table)) + "." + table + "."
                    + field.get("cdmFieldName").toLowerCase(Locale.ROOT).replace("\"", "");
            return DynamicTest.dynamicTest(qualified, () -> {
                Column column = columns.get(qualified);
                assertThat(column).as(qualified + " exists").isNotNull();
                Column expected = expectedColumn(field.get("cdmDatatype"), "No".equals(field.get("isRequired")));
                assertThat(column).as(qualified).isEqualTo(expected);
            });
        });
    }

    /** The PostgreSQL type the official DDL gives each specification type. */
    private static Column expectedColumn(String cdmDatatype, boolean nullable) {
        String type = cdmDatatype.toLowerCase(Locale.ROOT);
        return switch (type) {
            case "integer" -> new Column("integer", null, nullable);
            case "date" -> new Column("date", null, nullable);
            case "datetime" -> new Column("timestamp without time zone", null, nullable);
            case "float" -> new Column("numeric", null, nullable);
            case "varchar(max)" -> new Column("text", null, nullable);
            default -> {
                assertThat(type).startsWith("varchar(");
                int length = Integer.parseInt(type.substring("varchar(".length(), type.length() - 1));
                yield new Column("character varying", length, nullable);
            }
        };
    }

    private static List<CSVRecord> read(String resource) throws IOException {
        try (Reader reader = new InputStreamReader(
                Objects.requireNonNull(CdmSpecificationTests.class.getResourceAsStream(resource)), StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        }
    }
}
