package org.myelin.etl.fhir;

import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_DETAIL;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;
import static org.myelin.sql.jooq.myelin.Tables.ID_MAP;
import static org.myelin.sql.jooq.myelin.Tables.QUARANTINE;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * Resolves the staged FHIR rows into the CDM being built, set-based: patients to persons through the id map (a
 * linked Patient to the registry's person, any other to a stable FHIR id), encounters to visits, medications to
 * drugs, then every staged row into its table with fresh surrogate ids after the registry's, in read order. Rows
 * of a resource whose patient is not in any staged file are quarantined instead, once per resource.
 */
final class FhirResolution {

    static final String SOURCE_SYSTEM = "fhir";
    /** The tables whose rows a DiagnosticReport links to its results, with the columns that hold the link. */
    static final Map<Table<?>, ReportLink> REPORT_LINKS = Map.of(
            MEASUREMENT, new ReportLink(MEASUREMENT.MEASUREMENT_EVENT_ID, MEASUREMENT.MEAS_EVENT_FIELD_CONCEPT_ID),
            OBSERVATION, new ReportLink(OBSERVATION.OBSERVATION_EVENT_ID, OBSERVATION.OBS_EVENT_FIELD_CONCEPT_ID));
    private static final String REGISTRY = "registry";

    private final DSLContext sql;
    private final FhirStaging staging;
    private final Schemas target;
    private final Map<Table<?>, Integer> idFieldConcepts;
    private final Map<Table<?>, Long> offsets = new HashMap<>();

    /** {@code idFieldConcepts}: the field concepts of the measurement and observation id columns, where known. */
    FhirResolution(DataSource dataSource, Schemas target, FhirStaging staging, Map<Table<?>, Integer> idFieldConcepts) {
        this.sql = DSL.using(dataSource, Schemas.dialect(), target.settings());
        this.staging = staging;
        this.target = target;
        this.idFieldConcepts = Map.copyOf(idFieldConcepts);
    }

    /** The columns of a result's row that point at its report's row: the row's id, and the field concept of its id column. */
    record ReportLink(Field<?> eventId, Field<?> fieldConcept) {
    }

    /** What resolution did: resources quarantined for a missing patient, by type; rows written, by table. */
    record Result(Map<String, Long> missingPatients, Map<String, Long> rowsByTable) {
    }

    Result resolve(long runId) {
        Map<String, Long> rows = new LinkedHashMap<>();
        Map<String, Long> missing = quarantineMissingPatients(runId);
        assignPersonIds();
        // every table's last id up front: a result's row is written knowing its report's row id, in either table
        for (Table<?> table : FhirStaging.NUMBERED_TABLES) {
            offsets.put(table, sql.fetchSingle("select coalesce(max(" + table.field(0).getName() + "), 0) from " + cdm(table))
                    .get(0, Long.class));
        }
        rows.put("person", insert(PERSON, " where not exists (select 1 from " + cdm(PERSON) + " p where p.person_id = pid.person_id)",
                Map.of()));
        rows.put("death", insert(DEATH, " where not exists (select 1 from " + cdm(DEATH) + " d where d.person_id = pid.person_id)",
                Map.of()));
        rows.put("visit_occurrence", insert(VISIT_OCCURRENCE, "", Map.of()));
        sql.execute("create table " + stage("visit_id") + " as select k.key, s.visit_occurrence_id + " + offset(VISIT_OCCURRENCE)
                + " visit_occurrence_id, null::bigint visit_detail_id from " + stage("resource_key") + " k join "
                + stageOf(VISIT_OCCURRENCE) + " s on s.stage_seq = k.seq join " + stage("patient_id") + " pid on pid.key = s.stage_patient"
                + " where k.kind = 'Encounter'");
        indexKeys("visit_id");
        String parent = " join " + stage("visit_id") + " parent on parent.key = s.stage_reference";
        rows.put("visit_detail", insert(VISIT_DETAIL, parent, Map.of("visit_occurrence_id", "parent.visit_occurrence_id")));
        sql.execute("insert into " + stage("visit_id") + " select k.key, parent.visit_occurrence_id, s.visit_detail_id + "
                + offset(VISIT_DETAIL) + " from " + stage("resource_key") + " k join " + stageOf(VISIT_DETAIL) + " s on s.stage_seq = k.seq"
                + " join " + stage("patient_id") + " pid on pid.key = s.stage_patient" + parent + " where k.kind = 'Encounter'");
        sql.execute("analyze " + stage("visit_id"));
        stageReportLinks();
        for (Table<?> table : FhirStaging.EVENT_TABLES) {
            Map<String, String> overrides = new LinkedHashMap<>();
            String joins = " left join " + stage("visit_id") + " v on v.key = s.stage_encounter";
            if (table.field("visit_occurrence_id") != null) {
                overrides.put("visit_occurrence_id", "v.visit_occurrence_id");
            }
            if (table.field("visit_detail_id") != null) {
                overrides.put("visit_detail_id", "v.visit_detail_id");
            }
            ReportLink link = REPORT_LINKS.get(table);
            if (link != null) {
                joins += " left join " + stage("report_link") + " rl on rl.result_seq = s.stage_seq";
                overrides.put(link.eventId().getName(), "rl.event_id");
                overrides.put(link.fieldConcept().getName(), "rl.field_concept_id");
            }
            if (table == DRUG_EXPOSURE) {
                joins += " left join " + stage("resource_key") + " m on m.kind = 'Medication' and m.key = s.stage_reference";
                overrides.put("drug_concept_id", "case when s.stage_reference is null then s.drug_concept_id else coalesce(m.concept_id, 0) end");
                overrides.put("drug_source_value", "case when s.stage_reference is null then s.drug_source_value else coalesce(m.source_value, s.stage_reference) end");
                overrides.put("drug_source_concept_id", "case when s.stage_reference is null then s.drug_source_concept_id else coalesce(m.source_concept_id, 0) end");
            }
            rows.put(table.getName(), insert(table, joins, overrides));
        }
        return new Result(missing, rows);
    }

    /**
     * A DiagnosticReport's results point at the report's row: staged per result resource, the id of the report's row
     * (its event id) and the field concept of the report table's id column (the mapping files' {@code CdmField} codes,
     * 0 when none maps), written with the result's rows. A result listed by several reports points at the first read.
     */
    private void stageReportLinks() {
        String results = sql.render(DSL.table(staging.results()));
        String reportRows = REPORT_LINKS.keySet().stream().map(table -> "select s.stage_seq, "
                + idFieldConcepts.getOrDefault(table, 0) + " field_concept_id, s." + table.field(0).getName() + " + " + offset(table)
                + " id from " + stageOf(table) + " s join " + stage("patient_id") + " pid on pid.key = s.stage_patient"
                + " where s.stage_seq in (select report_seq from " + results + ")")
                .collect(Collectors.joining(" union all "));
        sql.execute("create table " + stage("report_link") + " as select distinct on (k.seq) k.seq result_seq, rep.id event_id,"
                + " rep.field_concept_id from " + results + " l join (" + reportRows + ") rep on rep.stage_seq = l.report_seq"
                + " join " + stage("resource_key") + " k on k.kind = 'Observation' and k.key = l.result_key"
                + " order by k.seq, l.report_seq, rep.id");
        sql.execute("analyze " + stage("report_link"));
    }

    /** Resources whose patient no staged Patient has: quarantined, and left out of every table. */
    private Map<String, Long> quarantineMissingPatients(long runId) {
        String union = FhirStaging.TABLES.stream().filter(table -> table != PERSON)
                .map(table -> "select stage_seq, stage_type, stage_locator, stage_patient from " + stageOf(table))
                .collect(Collectors.joining(" union all "));
        sql.execute("create table " + stage("missing_patient") + " as select distinct on (r.stage_seq) r.* from (" + union
                + ") r where not exists (select 1 from " + stage("resource_key") + " k where k.kind = 'Patient' and k.key = r.stage_patient)"
                + " order by r.stage_seq");
        sql.execute("insert into " + sql.render(QUARANTINE) + " (run_id, source, locator, column_name, reason, raw_record)"
                + " select ?, 'fhir', stage_locator, null, 'reference to a missing patient: ' || coalesce(stage_patient, '(none)'), null"
                + " from " + stage("missing_patient") + " order by stage_seq", runId);
        Map<String, Long> missing = new LinkedHashMap<>();
        sql.fetch("select stage_type, count(*) from " + stage("missing_patient") + " group by stage_type order by stage_type")
                .forEach(row -> missing.put(row.get(0, String.class), row.get(1, Long.class)));
        return missing;
    }

    /**
     * New persons into the id map: a linked Patient under the registry's patient id (so it is the registry's
     * person, tonight's or a later night's), any other under its FHIR key; new ids after every id given so far.
     * Then the person of every Patient key.
     */
    private void assignPersonIds() {
        String system = "case when p.stage_reference is null then '" + SOURCE_SYSTEM + "' else '" + REGISTRY + "' end";
        String sourceId = "coalesce(p.stage_reference, p.stage_resource)";
        String idMap = sql.render(ID_MAP);
        sql.execute("insert into " + idMap + " (entity, source_system, source_id, id)"
                + " select 'person', n.system, n.source_id, b.base + row_number() over (order by n.first_row)"
                + " from (select " + system + " system, " + sourceId + " source_id, min(p.stage_row) first_row"
                + " from " + stageOf(PERSON) + " p group by 1, 2) n"
                + " cross join (select greatest((select max(id) from " + idMap + " where entity = 'person'), (select max(person_id) from "
                + cdm(PERSON) + "), 0) base) b"
                + " where not exists (select 1 from " + idMap + " m where m.entity = 'person' and m.source_system = n.system"
                + " and m.source_id = n.source_id)");
        sql.execute("create table " + stage("patient_id") + " as select distinct on (k.key) k.key, m.id::integer person_id"
                + " from " + stage("resource_key") + " k join " + stageOf(PERSON) + " p on p.stage_seq = k.seq"
                + " join " + idMap + " m on m.entity = 'person' and m.source_system = " + system + " and m.source_id = " + sourceId
                + " where k.kind = 'Patient' order by k.key, k.seq");
        indexKeys("patient_id");
    }

    /**
     * Indexes a key table and gathers its statistics: without them the planner cannot tell that its keys are
     * unique, and it hashed the staged events (the big side, with many rows per encounter) instead, spilling into
     * thousands of hash batches: 22 s for 184,000 measurements on a small work_mem.
     */
    private void indexKeys(String table) {
        sql.execute("create index on " + stage(table) + " (key)");
        sql.execute("analyze " + stage(table));
    }

    /**
     * Inserts one table's staged rows: person from the patient's key, the row's id its number in the staging table
     * (given in read order as it was staged) after the table's last id, or, in a table whose rows take the person's
     * id (person, death), one row per person, the first read; other columns as staged or overridden. Rows left out (a
     * missing patient or parent visit) leave their numbers unused.
     */
    private long insert(Table<?> table, String joins, Map<String, String> overrides) {
        Field<?>[] fields = table.fields();
        String idColumn = fields[0].getName();
        boolean numbered = FhirStaging.NUMBERED_TABLES.contains(table);
        List<String> select = new ArrayList<>();
        for (Field<?> field : fields) {
            String name = field.getName();
            if (numbered && name.equals(idColumn)) {
                select.add("s." + idColumn + " + " + offset(table));
            } else if (name.equals("person_id")) {
                select.add("pid.person_id");
            } else {
                select.add(overrides.getOrDefault(name, "s." + name));
            }
        }
        String columns = Arrays.stream(fields).map(Field::getName).collect(Collectors.joining(", "));
        String from = " from " + stageOf(table) + " s join " + stage("patient_id") + " pid on pid.key = s.stage_patient" + joins;
        return sql.execute(numbered
                ? "insert into " + cdm(table) + " (" + columns + ") select " + String.join(", ", select) + from
                : "insert into " + cdm(table) + " (" + columns + ") select distinct on (pid.person_id) "
                        + String.join(", ", select) + from + " order by pid.person_id, s.stage_row");
    }

    /** What is added to a staged row's number to make its id: the table's last id before the FHIR rows. */
    private long offset(Table<?> table) {
        return offsets.get(table);
    }

    private String cdm(Table<?> table) {
        return sql.render(DSL.table(DSL.name(target.cdm(), table.getName())));
    }

    private String stageOf(Table<?> table) {
        return sql.render(DSL.table(staging.stage(table)));
    }

    private String stage(String table) {
        return sql.render(DSL.table(staging.name(table)));
    }
}
