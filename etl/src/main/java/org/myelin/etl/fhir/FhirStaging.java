package org.myelin.etl.fhir;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_DETAIL;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.CopyWriter;
import org.myelin.sql.Schemas;

/**
 * The staging schema of a FHIR load ({@code <cdm>_fhir_stage}): per CDM table a table of the same columns plus
 * where each row came from and its unresolved references, one table of the keys of referenceable resources, and one
 * of the results each DiagnosticReport lists.
 * Rows stream in by COPY; the schema is dropped when the load ends, and replaced by the next load if a killed run
 * left it behind.
 */
final class FhirStaging implements AutoCloseable {

    /** The clinical event tables, whose rows point at a person and, optionally, at a visit. */
    static final List<Table<?>> EVENT_TABLES = List.of(CONDITION_OCCURRENCE, PROCEDURE_OCCURRENCE, DRUG_EXPOSURE,
            MEASUREMENT, OBSERVATION);

    /** The CDM tables FHIR rows are staged for, in the order they are resolved. */
    static final List<Table<?>> TABLES = Stream.concat(Stream.of(PERSON, DEATH, VISIT_OCCURRENCE, VISIT_DETAIL),
            EVENT_TABLES.stream()).toList();

    /**
     * The tables whose staged rows are numbered in read order, to become their ids; person and death rows take the
     * person's id instead.
     */
    static final List<Table<?>> NUMBERED_TABLES = TABLES.stream().filter(table -> table != PERSON && table != DEATH).toList();

    /** Columns every staged row has besides its CDM columns. */
    static final List<Field<?>> ORIGIN = List.of(
            DSL.field(DSL.name("stage_row"), SQLDataType.BIGINT),
            DSL.field(DSL.name("stage_seq"), SQLDataType.BIGINT),
            DSL.field(DSL.name("stage_type"), SQLDataType.CLOB),
            DSL.field(DSL.name("stage_locator"), SQLDataType.CLOB),
            DSL.field(DSL.name("stage_resource"), SQLDataType.CLOB),
            DSL.field(DSL.name("stage_patient"), SQLDataType.CLOB),
            DSL.field(DSL.name("stage_encounter"), SQLDataType.CLOB),
            DSL.field(DSL.name("stage_reference"), SQLDataType.CLOB));

    /**
     * The keys of Patients, Encounters, Medications and Observations (a DiagnosticReport's results); a Medication's key
     * carries its drug concept.
     */
    static final List<Field<?>> KEY_COLUMNS = List.of(
            DSL.field(DSL.name("kind"), SQLDataType.CLOB),
            DSL.field(DSL.name("key"), SQLDataType.CLOB),
            DSL.field(DSL.name("seq"), SQLDataType.BIGINT),
            DSL.field(DSL.name("concept_id"), SQLDataType.INTEGER),
            DSL.field(DSL.name("source_value"), SQLDataType.CLOB),
            DSL.field(DSL.name("source_concept_id"), SQLDataType.INTEGER));

    /** A DiagnosticReport's results: the report's read sequence and the key of each result Observation. */
    static final List<Field<?>> RESULT_COLUMNS = List.of(
            DSL.field(DSL.name("report_seq"), SQLDataType.BIGINT),
            DSL.field(DSL.name("result_key"), SQLDataType.CLOB));

    private final DataSource dataSource;
    private final Schemas target;
    private final String schema;
    private final Map<Table<?>, StageWriter> writers = new IdentityHashMap<>();
    private @Nullable CopyWriter keys;
    private @Nullable CopyWriter results;
    private long rows;

    FhirStaging(DataSource dataSource, Schemas target) {
        this.dataSource = dataSource;
        this.target = target;
        this.schema = target.cdm() + "_fhir_stage";
    }

    /** Drops what an earlier load left and creates the staging tables, empty. */
    void create() {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), target.settings());
        drop();
        sql.createSchema(DSL.name(schema)).execute();
        for (Table<?> table : TABLES) {
            // the CDM's columns without their NOT NULL: ids and persons are filled in when the rows are resolved
            sql.createTable(stage(table)).columns(Arrays.stream(table.fields())
                    .map(field -> DSL.field(DSL.name(field.getName()), field.getDataType().nullable(true))).toList())
                    .columns(ORIGIN).execute();
        }
        sql.createTable(keys()).columns(KEY_COLUMNS).execute();
        sql.createTable(results()).columns(RESULT_COLUMNS).execute();
    }

    Name stage(Table<?> table) {
        return DSL.name(schema, "stage_" + table.getName());
    }

    Name keys() {
        return DSL.name(schema, "resource_key");
    }

    Name results() {
        return DSL.name(schema, "report_result");
    }

    Name name(String table) {
        return DSL.name(schema, table);
    }

    /** Streams one row of a resource into its table's staging table. */
    void write(StagedRow staged, long seq, String type, String locator, String resourceId) {
        StageWriter writer = writers.computeIfAbsent(staged.row().getTable(), this::writer);
        writer.write(staged, ++rows, seq, type, locator, resourceId);
    }

    /** Stages one key of a referenceable resource, with the drug concept of a Medication. */
    void writeKey(String kind, String key, long seq, FhirConcepts.@Nullable Coded drug) {
        if (keys == null) {
            keys = new CopyWriter(dataSource, target, DSL.table(keys()), KEY_COLUMNS);
        }
        keys.write(kind, key, seq, drug == null ? null : drug.conceptId(), drug == null ? null : StageWriter.fit(drug.sourceValue(), DRUG_EXPOSURE.DRUG_SOURCE_VALUE.getDataType().length()),
                drug == null ? null : drug.sourceConceptId());
    }

    /** Stages one result of a DiagnosticReport. */
    void writeResult(long reportSeq, String observationKey) {
        if (results == null) {
            results = new CopyWriter(dataSource, target, DSL.table(results()), RESULT_COLUMNS);
        }
        results.write(reportSeq, observationKey);
    }

    /** Commits what was staged and indexes the reference columns for the resolving joins. */
    void finish() {
        close();
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), target.settings());
        sql.createIndex().on(DSL.table(keys()), DSL.field(DSL.name("kind")), DSL.field(DSL.name("key"))).execute();
        for (Table<?> table : TABLES) {
            sql.query("analyze {0}", DSL.table(stage(table))).execute();
        }
        sql.query("analyze {0}", DSL.table(keys())).execute();
        sql.query("analyze {0}", DSL.table(results())).execute();
    }

    void drop() {
        DSL.using(dataSource, Schemas.dialect()).dropSchemaIfExists(DSL.name(schema)).cascade().execute();
    }

    private StageWriter writer(Table<?> table) {
        List<Field<?>> columns = new ArrayList<>(List.of(table.fields()));
        columns.addAll(ORIGIN);
        return new StageWriter(new CopyWriter(dataSource, target, DSL.table(stage(table)), columns), table,
                NUMBERED_TABLES.contains(table));
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        List<AutoCloseable> open = new ArrayList<>(writers.values());
        if (keys != null) {
            open.add(keys);
        }
        if (results != null) {
            open.add(results);
        }
        writers.clear();
        keys = null;
        results = null;
        for (AutoCloseable writer : open) {
            try {
                writer.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
