package org.myelin.etl.quality;

import static org.myelin.etl.quality.CheckContext.untyped;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.myelin.etl.quality.CdmSpecification.FieldSpec;
import org.myelin.etl.quality.CdmSpecification.TableSpec;
import org.myelin.etl.quality.QualityConfiguration.Row;
import org.myelin.sql.UserError;
import org.myelin.sql.jooq.vocab.tables.ConceptAncestor;

/**
 * Myelin's plausibility checks for multiple sclerosis: EDSS scores between 0 and 10 in steps of 0.5, functional
 * system scores whole and within their range, no EDSS after death, and disease-modifying therapy and relapses not
 * before MS onset (the first record of the {@code msDiagnosis} concepts or their descendants).
 */
final class MultipleSclerosisChecks {

    private final CheckContext context;

    MultipleSclerosisChecks(CheckContext context) {
        this.context = context;
    }

    List<CheckInstance> instances() {
        List<CheckInstance> instances = new ArrayList<>();
        for (Row row : context.configuration().conceptRows(CheckType.msEdssRange.name())) {
            instances.add(score(CheckType.msEdssRange, row, value -> value.mul(2).ne(DSL.floor(value.mul(2)))));
        }
        for (Row row : context.configuration().conceptRows(CheckType.msFunctionalSystemRange.name())) {
            instances.add(score(CheckType.msFunctionalSystemRange, row, value -> value.ne(DSL.floor(value))));
        }
        for (Row row : context.configuration().conceptRows(CheckType.msEdssAfterDeath.name())) {
            instances.add(afterDeath(row));
        }
        afterOnset(instances, CheckType.msDmtAfterOnset);
        afterOnset(instances, CheckType.msRelapseAfterOnset);
        return instances;
    }

    /** A score record of one concept is violated when its value is missing, outside low..high, or off its steps. */
    private CheckInstance score(CheckType type, Row row,
            java.util.function.Function<Field<java.math.BigDecimal>, Condition> offStep) {
        TableSpec table = table(row);
        Optional<Integer> concept = context.concepts().id(row.concept());
        String label = ConceptChecks.label(row.concept(), concept);
        if (concept.isEmpty()) {
            return context.conceptInstance(type, row, null, null, label, null, ConceptChecks.unresolved(row.concept()));
        }
        if (row.low() == null || row.high() == null) {
            throw new UserError(row.where() + ": " + row.check() + " needs low and high");
        }
        Field<java.math.BigDecimal> value = context.field(table, "value_as_number")
                .orElseThrow(() -> new UserError(row.where() + ": " + row.table() + " has no value_as_number"))
                .cast(SQLDataType.NUMERIC);
        Condition violated = value.isNull().or(value.lt(number(row, row.low()))).or(value.gt(number(row, row.high())))
                .or(offStep.apply(value));
        return context.conceptInstance(type, row, concept.get(), null, label,
                CheckQuery.rows(table.table(), conceptField(row).eq(concept.get()), violated), null);
    }

    private CheckInstance afterDeath(Row row) {
        TableSpec table = table(row);
        Optional<Integer> concept = context.concepts().id(row.concept());
        String label = ConceptChecks.label(row.concept(), concept);
        if (concept.isEmpty()) {
            return context.conceptInstance(CheckType.msEdssAfterDeath, row, null, null, label, null,
                    ConceptChecks.unresolved(row.concept()));
        }
        Field<LocalDate> date = eventDate(row, table);
        Table<?> withDeath = table.table().join(DEATH).on(untyped(DEATH.PERSON_ID).eq(untyped(personId(row, table))));
        return context.conceptInstance(CheckType.msEdssAfterDeath, row, concept.get(), null, label,
                CheckQuery.rows(withDeath, conceptField(row).eq(concept.get()), date.gt(DEATH.DEATH_DATE)), null);
    }

    /**
     * One instance per table and field naming the check's concepts: records of those concepts or their descendants,
     * of persons with an MS diagnosis, dated before the first diagnosis.
     */
    private void afterOnset(List<CheckInstance> instances, CheckType type) {
        Map<List<Object>, List<Row>> byField = new LinkedHashMap<>();
        for (Row row : context.configuration().conceptRows(type.name())) {
            byField.computeIfAbsent(List.of(row.table(), row.field()), key -> new ArrayList<>()).add(row);
        }
        List<Row> diagnosis = context.configuration().conceptRows(QualityConfiguration.MS_DIAGNOSIS);
        for (List<Row> rows : byField.values()) {
            Row first = rows.get(0);
            List<Integer> concepts = ids(rows);
            List<Integer> msConcepts = ids(diagnosis);
            String label = rows.stream().map(row -> String.valueOf(row.concept())).reduce((a, b) -> a + ", " + b).orElse("");
            if (concepts.isEmpty() || msConcepts.isEmpty() || diagnosis.isEmpty()) {
                String reason = concepts.isEmpty() ? "none of the concepts " + label + " is in the vocabulary schema's concept table"
                        : "no msDiagnosis concept of the thresholds file is in the vocabulary schema's concept table";
                instances.add(context.conceptInstance(type, first, null, null, label, null, reason));
                continue;
            }
            Row ms = diagnosis.get(0);
            TableSpec table = table(first);
            TableSpec msTable = table(ms);
            Field<LocalDate> date = eventDate(first, table);
            Field<Object> person = untyped(personId(first, table));
            // the onset of every person with MS, computed once and joined, not looked up once per record
            Table<?> msRecords = msTable.table().as("ms_diagnosis");
            Field<Object> msPerson = untyped(msRecords.field(personId(ms, msTable)));
            Field<LocalDate> msDate = msRecords.field(eventDateField(ms, msTable)).cast(SQLDataType.LOCALDATE);
            Table<?> onsets = DSL.select(msPerson.as("onset_person_id"), DSL.min(msDate).as("onset")).from(msRecords)
                    .where(ofConcepts(untyped(msRecords.field(conceptField(ms))), msConcepts)).groupBy(msPerson)
                    .asTable("ms_onset");
            Field<LocalDate> onset = onsets.field("onset", LocalDate.class);
            Table<?> withOnset = table.table().join(onsets).on(untyped(onsets.field("onset_person_id")).eq(person));
            instances.add(context.conceptInstance(type, first, null, null, label, CheckQuery.rows(withOnset,
                    ofConcepts(conceptField(first), concepts),
                    date.lt(onset)), null));
        }
    }

    /** Records of the concepts or their descendants (concept_ancestor normally holds each concept as its own ancestor too). */
    private static Condition ofConcepts(Field<Object> conceptField, List<Integer> ancestors) {
        ConceptAncestor ancestry = CONCEPT_ANCESTOR.as("ancestry");
        return conceptField.in(ancestors).or(conceptField.in(
                DSL.select(ancestry.DESCENDANT_CONCEPT_ID).from(ancestry).where(ancestry.ANCESTOR_CONCEPT_ID.in(ancestors))));
    }

    private List<Integer> ids(List<Row> rows) {
        return rows.stream().flatMap(row -> context.concepts().id(row.concept()).stream()).distinct().toList();
    }

    private TableSpec table(Row row) {
        if (row.table() == null || row.field() == null) {
            throw new UserError(row.where() + ": " + row.check() + " needs cdm_table and cdm_field");
        }
        return context.spec().table(row.table()).orElseThrow();
    }

    private Field<Object> conceptField(Row row) {
        return untyped(context.spec().field(row.table(), row.field()).map(FieldSpec::field).orElseThrow());
    }

    private Field<?> personId(Row row, TableSpec table) {
        return context.field(table, "person_id").orElseThrow(() -> new UserError(row.where() + ": " + row.table() + " has no person_id"));
    }

    private Field<LocalDate> eventDate(Row row, TableSpec table) {
        return eventDateField(row, table).cast(SQLDataType.LOCALDATE);
    }

    private Field<?> eventDateField(Row row, TableSpec table) {
        return context.eventDate(table).map(FieldSpec::field)
                .orElseThrow(() -> new UserError(row.where() + ": " + row.table() + " has no date"));
    }

    private static java.math.BigDecimal number(Row row, String text) {
        try {
            return new java.math.BigDecimal(text);
        } catch (NumberFormatException e) {
            throw new UserError(row.where() + ": '" + text + "' is not a number");
        }
    }
}
