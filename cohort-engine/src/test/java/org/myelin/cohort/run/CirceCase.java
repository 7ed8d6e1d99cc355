package org.myelin.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.TestDatabase;
import org.postgresql.PGConnection;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Circe conformance case (see circe/CASES.md): its own empty CDM, vocabulary and results schemas, loaded from
 * dbunit JSON fixtures through COPY; CDM and vocabulary tables come without keys, as the fixtures repeat ids.
 */
final class CirceCase {

    private static final String ROOT = "/circe/";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final TestDatabase database;
    private final Schemas schemas;
    private final CohortGenerator generator;

    CirceCase(TestDatabase database, String name) {
        this.database = database;
        String suffix = name.toLowerCase(Locale.ROOT);
        this.schemas = new Schemas("cdm_" + suffix, "vocab_" + suffix, "results_" + suffix, "myelin");
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());
        migrator.migrate(SchemaKind.CDM, schemas.cdm(), SchemaMigrator.TABLES_ONLY);
        migrator.migrate(SchemaKind.VOCAB, schemas.vocab(), SchemaMigrator.TABLES_ONLY);
        migrator.migrate(SchemaKind.RESULTS, schemas.results(), null);
        this.generator = new CohortGenerator(database.dataSource(), schemas);
    }

    Schemas schemas() {
        return schemas;
    }

    CohortGenerator generator() {
        return generator;
    }

    DSLContext sql() {
        return DSL.using(database.dataSource(), Schemas.dialect(), schemas.settings());
    }

    /** Loads the shared vocabulary and the case's PREP file. */
    CirceCase load(String prep) {
        loadDataset("datasets/vocabulary.json");
        loadDataset("cohortgeneration/" + prep);
        return this;
    }

    static ObjectNode expression(String path) {
        return (ObjectNode) read(path);
    }

    CohortGeneration generate(int cohortId, JsonNode expression) {
        String json = JSON.writeValueAsString(expression);
        return generator.generate(new CohortDefinition(cohortId, "case cohort " + cohortId, null,
                new CohortExpressionReader().read(expression, "cohort " + cohortId), json));
    }

    /** Compares a results table, read in the case's ORDER BY, with the VERIFY file's rows for that table. */
    void assertTable(String verify, String table, String orderBy) {
        JsonNode expected = read("cohortgeneration/" + verify);
        List<Map<String, String>> expectedRows = new ArrayList<>();
        for (Map.Entry<String, JsonNode> entry : expected.properties()) {
            if (entry.getKey().toLowerCase(Locale.ROOT).endsWith("." + table)) {
                for (JsonNode row : entry.getValue()) {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (Map.Entry<String, JsonNode> column : row.properties()) {
                        values.put(column.getKey().toLowerCase(Locale.ROOT), column.getValue().asString());
                    }
                    expectedRows.add(values);
                }
            }
        }
        List<Map<String, String>> actualRows = sql().resultQuery("select * from {0} order by " + orderBy,
                DSL.name(schemas.results(), table)).fetch().stream().map(record -> {
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < record.size(); i++) {
                        Object value = record.get(i);
                        values.put(record.field(i).getName().toLowerCase(Locale.ROOT), value == null ? null : value.toString());
                    }
                    return values;
                }).toList();
        assertThat(expectedRows).as("VERIFY rows of %s", table).isNotEmpty();
        assertThat(actualRows).as("rows of %s", table).isEqualTo(expectedRows);
    }

    private void loadDataset(String path) {
        JsonNode dataset = read(path);
        try (Connection connection = database.connection()) {
            for (Map.Entry<String, JsonNode> entry : dataset.properties()) {
                String table = entry.getKey().substring(entry.getKey().indexOf('.') + 1).toLowerCase(Locale.ROOT);
                String schema = table.startsWith("concept") || table.equals("vocabulary") ? schemas.vocab() : schemas.cdm();
                copy(connection, schema, table, entry.getValue());
            }
        } catch (SQLException | IOException e) {
            throw new IllegalStateException("cannot load " + path + ": " + e.getMessage(), e);
        }
    }

    private void copy(Connection connection, String schema, String table, JsonNode rows) throws SQLException, IOException {
        Set<String> existing = new LinkedHashSet<>(DSL.using(connection, Schemas.dialect())
                .select(DSL.field("column_name", String.class)).from("information_schema.columns")
                .where(DSL.field("table_schema").eq(schema)).and(DSL.field("table_name").eq(table))
                .fetch(0, String.class));
        // the fixtures' v5.2 observation_period datetimes do not exist in v5.4 (CASES.md §3)
        Set<String> columns = new LinkedHashSet<>();
        for (JsonNode row : rows) {
            row.propertyNames().stream().filter(existing::contains).forEach(columns::add);
        }
        boolean fillDrugEnd = table.equals("drug_exposure") && !columns.contains("drug_exposure_end_date");
        if (fillDrugEnd) {
            columns.add("drug_exposure_end_date");
        }
        StringBuilder csv = new StringBuilder();
        for (JsonNode row : rows) {
            List<String> values = new ArrayList<>();
            for (String column : columns) {
                JsonNode value = row.get(column);
                if (fillDrugEnd && column.equals("drug_exposure_end_date")) {
                    values.add(drugExposureEnd(row).toString());
                } else {
                    values.add(value == null || value.isNull() ? "" : '"' + value.asString().replace("\"", "\"\"") + '"');
                }
            }
            csv.append(String.join(",", values)).append('\n');
        }
        String copy = "copy " + schema + "." + table + " (" + String.join(", ", columns) + ") from stdin with (format csv)";
        connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copy, new StringReader(csv.toString()));
    }

    /** Circe's fallback for a missing drug end date: start + days_supply, otherwise start + 1 day (CASES.md §3). */
    private static LocalDate drugExposureEnd(JsonNode row) {
        LocalDate start = LocalDate.parse(row.get("drug_exposure_start_date").asString());
        JsonNode daysSupply = row.get("days_supply");
        return daysSupply == null ? start.plusDays(1) : start.plusDays(daysSupply.asInt());
    }

    private static JsonNode read(String path) {
        try (InputStream in = CirceCase.class.getResourceAsStream(ROOT + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

}
