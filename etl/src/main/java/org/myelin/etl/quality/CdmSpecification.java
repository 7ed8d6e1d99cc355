package org.myelin.etl.quality;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.jooq.cdm.Cdm;

/**
 * The OMOP CDM v5.4 specification (OHDSI's table- and field-level CSVs) for the tables of the CDM schema, each
 * table and field matched to the generated jOOQ model, so that no check spells a name the model does not know.
 */
record CdmSpecification(List<TableSpec> tables, List<FieldSpec> fields) {

    /** One CDM table: whether the CDM requires it, and DQD's person-completeness measure and threshold. */
    record TableSpec(String name, Table<?> table, boolean required, boolean measurePersonCompleteness,
            double personCompletenessThreshold) {
    }

    /** One CDM field with its constraints; the foreign-key parts are null where the field refers to nothing. */
    record FieldSpec(String tableName, String fieldName, Table<?> table, Field<?> field, boolean required,
            String datatype, boolean primaryKey, @Nullable String fkTable, @Nullable String fkField,
            @Nullable String fkDomain, @Nullable String fkClass) {

        boolean refersToConcept() {
            return "concept".equals(fkTable);
        }
    }

    private static final String TABLES = "quality/OMOP_CDMv5.4_Table_Level.csv";
    private static final String FIELDS = "quality/OMOP_CDMv5.4_Field_Level.csv";

    /** Reads the bundled specification; its tables in the CDM schema must all be in the model. */
    static CdmSpecification load() {
        List<TableSpec> tables = new ArrayList<>();
        for (CSVRecord row : read(TABLES)) {
            if (!"CDM".equals(row.get("schema"))) {
                continue;
            }
            String name = lower(row.get("cdmTableName"));
            tables.add(new TableSpec(name, modelTable(name), yes(row.get("isRequired")),
                    yes(row.get("measurePersonCompleteness")),
                    number(row.get("measurePersonCompletenessThreshold")).orElse(0.0)));
        }
        List<FieldSpec> fields = new ArrayList<>();
        for (CSVRecord row : read(FIELDS)) {
            String tableName = lower(row.get("cdmTableName"));
            if (tables.stream().noneMatch(table -> table.name().equals(tableName))) {
                continue;
            }
            Table<?> table = modelTable(tableName);
            String fieldName = lower(row.get("cdmFieldName").replace("\"", "")); // the spec quotes the reserved word "offset"
            Field<?> field = table.field(fieldName);
            if (field == null) {
                throw new IllegalStateException("the CDM specification names " + tableName + "." + fieldName
                        + " but the generated model has no such column");
            }
            fields.add(new FieldSpec(tableName, fieldName, table, field, yes(row.get("isRequired")),
                    lower(row.get("cdmDatatype")), yes(row.get("isPrimaryKey")), optional(row.get("fkTableName")),
                    optional(row.get("fkFieldName")), optionalCase(row.get("fkDomain")), optionalCase(row.get("fkClass"))));
        }
        return new CdmSpecification(List.copyOf(tables), List.copyOf(fields));
    }

    Optional<TableSpec> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }

    Optional<FieldSpec> field(String table, String field) {
        return fields.stream().filter(spec -> spec.tableName().equals(table) && spec.fieldName().equals(field)).findFirst();
    }

    private static Table<?> modelTable(String name) {
        Table<?> table = Cdm.CDM.getTable(name);
        if (table == null) {
            throw new IllegalStateException("the CDM specification names table " + name + " but the generated model has none");
        }
        return table;
    }

    private static List<CSVRecord> read(String resource) {
        InputStream in = CdmSpecification.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource + ": " + e.getMessage(), e);
        }
    }

    private static boolean yes(String value) {
        return "yes".equalsIgnoreCase(value.trim());
    }

    private static String lower(String value) {
        return value.trim().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String optional(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() || "NA".equals(trimmed) ? null : lower(trimmed);
    }

    private static @Nullable String optionalCase(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() || "NA".equals(trimmed) ? null : trimmed;
    }

    private static Optional<Double> number(String value) {
        String trimmed = value.trim();
        return trimmed.isEmpty() || "NA".equals(trimmed) ? Optional.empty() : Optional.of(Double.parseDouble(trimmed));
    }
}
