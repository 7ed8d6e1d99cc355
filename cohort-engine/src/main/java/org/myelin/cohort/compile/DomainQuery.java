package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.castNull;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.PROVIDER;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.Concept;
import org.myelin.cohort.model.ConceptSetSelection;
import org.myelin.cohort.model.DateAdjustment;
import org.myelin.cohort.model.NumericRange;
import org.myelin.cohort.model.Period;
import org.myelin.sql.jooq.cdm.tables.Person;
import org.myelin.sql.jooq.cdm.tables.Provider;
import org.myelin.sql.jooq.cdm.tables.VisitOccurrence;

/**
 * The shape Circe gives every domain criteria query:
 *
 * <pre>
 * select c.person_id, c.&lt;id&gt; event_id, c.start_date, c.end_date, c.visit_occurrence_id, c.start_date sort_date,
 *        c.&lt;concept&gt; concept_id
 * from (select t.*, &lt;start&gt; start_date, &lt;end&gt; end_date,
 *              row_number() over (partition by person_id order by &lt;start&gt;, &lt;id&gt;) ordinal
 *       from &lt;table&gt; t where &lt;concept&gt; in codeset) c
 * [join person p] [join visit_occurrence v] [left join provider pr]
 * where [c.ordinal = 1] and &lt;attribute filters&gt;
 * </pre>
 *
 * The codeset is applied before numbering, so {@code First} means the first record of the concept set. The table is
 * aliased by its own name, so that {@link DomainRows} can read the same columns from a batch's shared copy instead.
 */
final class DomainQuery {

    private static final String ALIAS = "c";
    private static final Field<Long> ORDINAL = field(name("ordinal"), SQLDataType.BIGINT);

    private final DomainSource source;
    private final Table<?> rows;
    private final List<Condition> where = new ArrayList<>();
    private @Nullable Person person;
    private @Nullable VisitOccurrence visit;
    private @Nullable Provider provider;
    private @Nullable Field<LocalDate> reportedStart;
    private @Nullable Field<LocalDate> reportedEnd;

    /** A query over every record of the source (criteria without a concept set). */
    DomainQuery(DomainRows rows, DomainSource source, boolean first, @Nullable DateAdjustment adjustment) {
        this(rows, source, source.conceptId(), null, first, adjustment);
    }

    /** A query over the source's records whose {@code codesetColumn} holds a concept of the codeset. */
    DomainQuery(DomainRows rows, DomainSource source, Field<Integer> codesetColumn, @Nullable Integer codesetId, boolean first,
            @Nullable DateAdjustment adjustment) {
        this.source = source;
        Field<LocalDate> start = source.startDate();
        Field<LocalDate> end = source.endDate();
        if (adjustment != null) {
            start = DateMath.plusDays(adjustment.startWith() == DateAdjustment.DateField.START_DATE
                    ? source.startDate() : source.endDate(), adjustment.startOffset());
            end = DateMath.plusDays(adjustment.endWith() == DateAdjustment.DateField.START_DATE
                    ? source.startDate() : source.endDate(), adjustment.endOffset());
        }
        List<SelectField<?>> columns = new ArrayList<>(List.of(source.table().fields()));
        columns.add(start.as(Events.START_DATE.getName()));
        columns.add(end.as(Events.END_DATE.getName()));
        columns.add(rowNumber().over().partitionBy(source.personId())
                .orderBy(source.startDate(), source.eventId()).as(ORDINAL.getName()));
        DomainRows.Selection selection = rows.select(source.table(), codesetColumn, codesetId);
        this.rows = select(columns).from(selection.from()).where(selection.where()).asTable(ALIAS);
        if (first) {
            where.add(Events.of(ALIAS, ORDINAL).eq(1L));
        }
    }

    /** A column of the domain table, as seen by the outer query. */
    <T> Field<T> column(Field<T> tableColumn) {
        return Events.of(ALIAS, tableColumn);
    }

    Field<LocalDate> startDate() {
        return Events.of(ALIAS, Events.START_DATE);
    }

    Field<LocalDate> endDate() {
        return Events.of(ALIAS, Events.END_DATE);
    }

    DomainQuery where(Condition condition) {
        where.add(condition);
        return this;
    }

    Person person() {
        if (person == null) {
            person = PERSON.as("p");
        }
        return person;
    }

    VisitOccurrence visit() {
        if (visit == null) {
            visit = VISIT_OCCURRENCE.as("v");
        }
        return visit;
    }

    Provider provider() {
        if (provider == null) {
            provider = PROVIDER.as("pr");
        }
        return provider;
    }

    /** Age in years at {@code date}, as Circe computes it: year of the date minus year of birth. */
    Condition age(Field<LocalDate> date, @Nullable NumericRange age) {
        if (age == null) {
            return and();
        }
        return Filters.numeric(DateMath.year(date).minus(person().YEAR_OF_BIRTH), age);
    }

    /** Gender as concepts or as a concept set; the person table is joined only when needed. */
    Condition gender(List<Concept> concepts, @Nullable ConceptSetSelection selection) {
        if (concepts.isEmpty() && selection == null) {
            return and();
        }
        return Filters.concepts(person().GENDER_CONCEPT_ID, concepts).and(Filters.conceptSet(person().GENDER_CONCEPT_ID, selection));
    }

    Condition providerSpecialty(List<Concept> concepts, @Nullable ConceptSetSelection selection) {
        if (concepts.isEmpty() && selection == null) {
            return and();
        }
        return Filters.concepts(provider().SPECIALTY_CONCEPT_ID, concepts)
                .and(Filters.conceptSet(provider().SPECIALTY_CONCEPT_ID, selection));
    }

    /** The kind of visit the record belongs to ({@code visit_concept_id} of its visit). */
    Condition visitType(List<Concept> concepts, @Nullable ConceptSetSelection selection) {
        if (concepts.isEmpty() && selection == null) {
            return and();
        }
        return Filters.concepts(visit().VISIT_CONCEPT_ID, concepts).and(Filters.conceptSet(visit().VISIT_CONCEPT_ID, selection));
    }

    /**
     * A user-defined period inside the record's period: the record must contain each given date, and the event then
     * starts or ends on it instead of the record's own dates.
     */
    DomainQuery userDefinedPeriod(@Nullable Period period, Field<LocalDate> periodStart, Field<LocalDate> periodEnd) {
        if (period == null) {
            return this;
        }
        if (period.startDate() != null) {
            Field<LocalDate> start = val(period.startDate());
            where(column(periodStart).le(start).and(column(periodEnd).ge(start)));
            reportedStart = start;
        }
        if (period.endDate() != null) {
            Field<LocalDate> end = val(period.endDate());
            where(column(periodStart).le(end).and(column(periodEnd).ge(end)));
            reportedEnd = end;
        }
        return this;
    }

    Select<Record> build() {
        Field<Integer> visitId = source.visitOccurrenceId() == null
                ? castNull(SQLDataType.INTEGER) : column(source.visitOccurrenceId());
        Table<?> joined = rows;
        if (person != null) {
            joined = joined.join(person).on(person.PERSON_ID.eq(column(source.personId())));
        }
        if (visit != null) {
            joined = joined.join(visit).on(visit.VISIT_OCCURRENCE_ID.eq(visitId)
                    .and(visit.PERSON_ID.eq(column(source.personId()))));
        }
        if (provider != null && source.providerId() != null) {
            joined = joined.leftJoin(provider).on(provider.PROVIDER_ID.eq(column(source.providerId())));
        }
        return select(List.<SelectField<?>>of(
                column(source.personId()).as(Events.PERSON_ID.getName()),
                column(source.eventId()).as(Events.EVENT_ID.getName()),
                (reportedStart == null ? startDate() : reportedStart).as(Events.START_DATE.getName()),
                (reportedEnd == null ? endDate() : reportedEnd).as(Events.END_DATE.getName()),
                visitId.as(Events.VISIT_OCCURRENCE_ID.getName()),
                (reportedStart == null ? startDate() : reportedStart).as(Events.SORT_DATE.getName()),
                column(source.conceptId()).as(Events.CONCEPT_ID.getName())))
                .from(joined)
                .where(where);
    }
}
