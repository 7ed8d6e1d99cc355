package org.myelin.etl.quality;

import static org.myelin.etl.quality.CheckContext.untyped;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_ERA;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.myelin.etl.quality.CdmSpecification.FieldSpec;
import org.myelin.etl.quality.CdmSpecification.TableSpec;
import org.myelin.sql.jooq.cdm.tables.ObservationPeriod;

/**
 * The temporal plausibility checks and the person-level completeness measures: plausibleAfterBirth,
 * plausibleBeforeDeath, plausibleDuringLife, plausibleStartBeforeEnd, plausibleTemporalAfter, withinVisitDates,
 * measurePersonCompleteness, measureConditionEraCompleteness and measureObservationPeriodOverlap.
 */
final class TemporalChecks {

    /** DQD allows events up to 60 days after death (claims that settle late) and a week around a visit. */
    private static final int DAYS_AFTER_DEATH = 60;
    private static final int DAYS_AROUND_VISIT = 7;

    private final CheckContext context;

    TemporalChecks(CheckContext context) {
        this.context = context;
    }

    List<CheckInstance> instances() {
        List<CheckInstance> instances = new ArrayList<>();
        for (TableSpec table : context.spec().tables()) {
            Optional<Field<?>> personId = context.field(table, "person_id");
            if (table.measurePersonCompleteness() && personId.isPresent()) {
                Condition noRecord = DSL.notExists(DSL.selectOne().from(table.table())
                        .where(untyped(personId.get()).eq(untyped(PERSON.PERSON_ID))));
                instances.add(personCompleteness(table, CheckQuery.lookup(PERSON, DSL.noCondition(), noRecord)));
            }
            if (personId.isPresent() && !table.name().equals("person")) {
                personDates(instances, table, personId.get());
            }
            startBeforeEnd(instances, table);
            context.field(table, "visit_occurrence_id").filter(visit -> !table.name().equals("visit_occurrence"))
                    .ifPresent(visit -> withinVisit(instances, table, visit));
        }
        for (QualityConfiguration.Row row : context.configuration().fieldRows(CheckType.plausibleTemporalAfter)) {
            instances.add(temporalAfter(row));
        }
        instances.add(context.instance(CheckType.measureConditionEraCompleteness, "condition_era", null,
                CheckQuery.lookup(PERSON,
                        DSL.exists(DSL.selectOne().from(CONDITION_OCCURRENCE).where(CONDITION_OCCURRENCE.PERSON_ID.eq(PERSON.PERSON_ID))),
                        DSL.notExists(DSL.selectOne().from(CONDITION_ERA).where(CONDITION_ERA.PERSON_ID.eq(PERSON.PERSON_ID))))));
        ObservationPeriod other = OBSERVATION_PERIOD.as("other_period");
        instances.add(context.instance(CheckType.measureObservationPeriodOverlap, "observation_period", null,
                CheckQuery.lookup(OBSERVATION_PERIOD, DSL.noCondition(), DSL.exists(DSL.selectOne().from(other).where(
                        other.PERSON_ID.eq(OBSERVATION_PERIOD.PERSON_ID),
                        other.OBSERVATION_PERIOD_ID.ne(OBSERVATION_PERIOD.OBSERVATION_PERIOD_ID),
                        other.OBSERVATION_PERIOD_START_DATE.le(OBSERVATION_PERIOD.OBSERVATION_PERIOD_END_DATE.plus(1)),
                        other.OBSERVATION_PERIOD_END_DATE.plus(1).ge(OBSERVATION_PERIOD.OBSERVATION_PERIOD_START_DATE))))));
        return instances;
    }

    /** DQD's person-completeness threshold comes from the table-level specification. */
    private CheckInstance personCompleteness(TableSpec table, CheckQuery query) {
        CheckInstance instance = context.instance(CheckType.measurePersonCompleteness, table.name(), null, query);
        return new CheckInstance(instance.type(), instance.table(), null, null, null, "", instance.description(),
                table.personCompletenessThreshold(), instance.fatal(), query, null);
    }

    /** Every date of a person's record after birth and before death; the event date also during life. */
    private void personDates(List<CheckInstance> instances, TableSpec table, Field<?> personId) {
        Table<?> withPerson = table.table().join(PERSON).on(untyped(PERSON.PERSON_ID).eq(untyped(personId)));
        Table<?> withDeath = table.table().join(DEATH).on(untyped(DEATH.PERSON_ID).eq(untyped(personId)));
        Optional<FieldSpec> eventDate = context.eventDate(table);
        for (FieldSpec date : dates(table)) {
            Field<LocalDate> value = date.field().cast(SQLDataType.LOCALDATE);
            instances.add(context.instance(CheckType.plausibleAfterBirth, table.name(), date.fieldName(),
                    CheckQuery.rows(withPerson, value.isNotNull(), value.lt(birthDate()))));
            if (!table.name().equals("death")) {
                instances.add(context.instance(CheckType.plausibleBeforeDeath, table.name(), date.fieldName(),
                        CheckQuery.rows(withDeath, value.isNotNull(), value.gt(DEATH.DEATH_DATE.plus(DAYS_AFTER_DEATH)))));
                if (eventDate.isPresent() && eventDate.get().equals(date)) {
                    instances.add(context.instance(CheckType.plausibleDuringLife, table.name(), date.fieldName(),
                            CheckQuery.rows(withDeath, value.isNotNull(), value.gt(DEATH.DEATH_DATE))));
                }
            }
        }
    }

    /** The birth date, or the first day of the month or year of birth where only those are known. */
    private static Field<LocalDate> birthDate() {
        return DSL.coalesce(PERSON.BIRTH_DATETIME.cast(SQLDataType.LOCALDATE), DSL.function("make_date", SQLDataType.LOCALDATE,
                PERSON.YEAR_OF_BIRTH, DSL.coalesce(PERSON.MONTH_OF_BIRTH, DSL.inline(1)), DSL.coalesce(PERSON.DAY_OF_BIRTH, DSL.inline(1))));
    }

    /** Each {@code *_start_date} against its {@code *_end_date} in the same record. */
    private void startBeforeEnd(List<CheckInstance> instances, TableSpec table) {
        for (FieldSpec start : dates(table)) {
            if (!start.fieldName().contains("_start_date")) {
                continue;
            }
            context.field(table, start.fieldName().replace("_start_date", "_end_date")).ifPresent(end -> {
                Field<Object> startValue = untyped(start.field());
                instances.add(context.instance(CheckType.plausibleStartBeforeEnd, table.name(), start.fieldName(),
                        CheckQuery.rows(table.table(), startValue.isNotNull().and(end.isNotNull()), startValue.gt(untyped(end)))));
            });
        }
    }

    /** The event date of a record with a visit lies within the visit, give or take a week. */
    private void withinVisit(List<CheckInstance> instances, TableSpec table, Field<?> visitId) {
        context.eventDate(table).ifPresent(date -> {
            Field<LocalDate> value = date.field().cast(SQLDataType.LOCALDATE);
            Table<?> withVisit = table.table().join(VISIT_OCCURRENCE).on(untyped(VISIT_OCCURRENCE.VISIT_OCCURRENCE_ID).eq(untyped(visitId)));
            instances.add(context.instance(CheckType.withinVisitDates, table.name(), date.fieldName(), CheckQuery.rows(withVisit,
                    value.isNotNull(), value.lt(VISIT_OCCURRENCE.VISIT_START_DATE.minus(DAYS_AROUND_VISIT))
                            .or(value.gt(VISIT_OCCURRENCE.VISIT_END_DATE.plus(DAYS_AROUND_VISIT))))));
        });
    }

    /** A configured pair: the field's date on or after a date of the same record, or of the record its key refers to. */
    private CheckInstance temporalAfter(QualityConfiguration.Row row) {
        TableSpec table = context.spec().table(row.table()).orElseThrow();
        FieldSpec field = context.spec().field(row.table(), row.field()).orElseThrow();
        String[] after = row.afterField().split("\\.", 2);
        FieldSpec other = context.spec().field(after[0], after[1]).orElseThrow();
        Table<?> from = table.table();
        Field<?> otherField = other.field();
        if (!after[0].equals(row.table())) {
            FieldSpec key = context.spec().fields().stream()
                    .filter(candidate -> candidate.tableName().equals(after[0]) && candidate.primaryKey()).findFirst()
                    .orElseThrow(() -> new org.myelin.sql.UserError(row.where() + ": " + after[0] + " has no primary key to join on"));
            Field<?> link = context.field(table, key.fieldName()).orElseThrow(() -> new org.myelin.sql.UserError(
                    row.where() + ": " + row.table() + " has no " + key.fieldName() + " to reach " + after[0]));
            from = from.join(other.table()).on(untyped(key.field()).eq(untyped(link)));
        }
        Field<LocalDate> value = field.field().cast(SQLDataType.LOCALDATE);
        Field<LocalDate> bound = otherField.cast(SQLDataType.LOCALDATE);
        return context.instance(CheckType.plausibleTemporalAfter, row.table(), row.field(),
                CheckQuery.rows(from, value.isNotNull().and(bound.isNotNull()), value.lt(bound)));
    }

    private List<FieldSpec> dates(TableSpec table) {
        return context.fields(table).stream().filter(field -> field.datatype().equals("date")).toList();
    }
}
