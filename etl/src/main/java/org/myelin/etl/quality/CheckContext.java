package org.myelin.etl.quality;

import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.quality.CdmSpecification.FieldSpec;
import org.myelin.etl.quality.CdmSpecification.TableSpec;
import org.myelin.sql.Schemas;
import org.myelin.sql.jooq.cdm.Cdm;
import org.myelin.sql.jooq.vocab.Vocab;

/**
 * What every group of checks is generated from: the specification, the thresholds, the resolved concepts, the schemas
 * and the keys the database has already proven there.
 */
record CheckContext(CdmSpecification spec, QualityConfiguration configuration, ConceptIds concepts, Schemas schemas,
        ProvenKeys provenKeys) {

    CheckInstance instance(CheckType type, String table, @Nullable String field, CheckQuery query) {
        return instance(type, table, field, query, false);
    }

    /** An instance that blocks publishing when {@code alwaysFatal}, whatever the thresholds file says. */
    CheckInstance instance(CheckType type, String table, @Nullable String field, CheckQuery query, boolean alwaysFatal) {
        return new CheckInstance(type, table, field, null, null, "", type.describe(table, orEmpty(field), ""),
                configuration.threshold(type, table, field), alwaysFatal || configuration.fatal(type, table, field), query,
                null);
    }

    /** A concept-level instance; its threshold and fatal flag come from its own row, else the check's defaults. */
    CheckInstance conceptInstance(CheckType type, QualityConfiguration.Row row, @Nullable Integer conceptId,
            @Nullable Integer unitConceptId, String conceptLabel, @Nullable CheckQuery query, @Nullable String reason) {
        String table = orEmpty(row.table());
        double threshold = row.threshold() != null ? row.threshold() : configuration.threshold(type, table, row.field());
        boolean fatal = row.fatal() != null ? row.fatal() : configuration.fatal(type, table, row.field());
        return new CheckInstance(type, table, row.field(), conceptId, unitConceptId, conceptLabel,
                type.describe(table, orEmpty(row.field()), conceptLabel), threshold, fatal, query, reason);
    }

    /** The fields of one table in specification order. */
    List<FieldSpec> fields(TableSpec table) {
        return spec.fields().stream().filter(field -> field.tableName().equals(table.name())).toList();
    }

    Optional<Field<?>> field(TableSpec table, String name) {
        return spec.field(table.name(), name).map(FieldSpec::field);
    }

    /** The table's first date field: the date of the event it records (condition_start_date, measurement_date, ...). */
    Optional<FieldSpec> eventDate(TableSpec table) {
        return fields(table).stream().filter(field -> field.datatype().equals("date")).findFirst();
    }

    /** The table a foreign key points at: CONCEPT and the other vocabulary tables live in the vocabulary schema. */
    static Optional<Table<?>> referencedTable(String name) {
        Table<?> table = Cdm.CDM.getTable(name);
        return Optional.ofNullable(table != null ? table : Vocab.VOCAB.getTable(name));
    }

    /** The model's fields are typed; checks compare fields of tables they only know by name. */
    @SuppressWarnings("unchecked")
    static Field<Object> untyped(Field<?> field) {
        return (Field<Object>) field;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}
