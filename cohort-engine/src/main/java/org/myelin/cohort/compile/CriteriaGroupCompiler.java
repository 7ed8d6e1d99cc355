package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.CorrelatedCriteria;
import org.myelin.cohort.model.CriteriaGroup;
import org.myelin.cohort.model.DemographicCriteria;
import org.myelin.cohort.model.GroupType;
import org.myelin.cohort.model.Occurrence;
import org.myelin.cohort.model.Window;

/**
 * Compiles a criteria group over an event table to the {@code (person_id, event_id)} of the events that meet it:
 *
 * <pre>
 * select cq.person_id, cq.event_id from (member 0 union all member 1 ...) cq
 * group by cq.person_id, cq.event_id having count(cq.index_id) &lt;op&gt; n
 * </pre>
 *
 * where each member lists the events it holds for, with its index: a correlated criteria counted within its windows,
 * a demographic criteria, or a nested group. AT_MOST, and AT_LEAST with a count of 0, which hold for events that no
 * member lists too, start from the events and left join the members to them, as Circe does. A group without members
 * holds for every event. (Both shapes count a member once per event: the event tables hold each event once.)
 */
final class CriteriaGroupCompiler {

    private static final Field<Integer> INDEX_ID = field(name("index_id"), SQLDataType.INTEGER);

    private final CriteriaCompiler criteria;

    CriteriaGroupCompiler(CriteriaCompiler criteria) {
        this.criteria = criteria;
    }

    Select<Record> compile(CriteriaGroup group, EventTable events) {
        if (group.isEmpty()) {
            return select(List.<SelectField<?>>of(Events.of("e", Events.PERSON_ID), Events.of("e", Events.EVENT_ID)))
                    .from(events.as("e"));
        }
        List<Select<Record>> members = new ArrayList<>();
        int index = 0;
        for (CorrelatedCriteria correlated : group.criteriaList()) {
            members.add(correlated(index++, correlated, events));
        }
        for (DemographicCriteria demographic : group.demographicCriteriaList()) {
            members.add(demographic(index++, demographic, events));
        }
        for (CriteriaGroup nested : group.groups()) {
            Table<?> g = compile(nested, events).asTable("g");
            members.add(select(List.<SelectField<?>>of(val(index++).as(INDEX_ID.getName()),
                    Events.of("g", Events.PERSON_ID), Events.of("g", Events.EVENT_ID))).from(g));
        }
        Select<Record> union = members.getFirst();
        for (Select<Record> member : members.subList(1, members.size())) {
            union = union.unionAll(member);
        }
        Table<?> cq = union.asTable("cq");
        Field<Integer> held = count(Events.of("cq", INDEX_ID));
        Condition having = switch (group.type()) {
            case ALL -> held.eq(group.size());
            case ANY -> held.gt(0);
            case AT_LEAST -> held.ge(group.count());
            case AT_MOST -> held.le(group.count());
        };
        boolean holdsWithoutMembers = group.type() == GroupType.AT_MOST
                || group.type() == GroupType.AT_LEAST && group.count() == 0;
        if (!holdsWithoutMembers) {
            // every member lists only events of the table, so the events that need a member need no join with it
            return select(List.<SelectField<?>>of(Events.of("cq", Events.PERSON_ID), Events.of("cq", Events.EVENT_ID)))
                    .from(cq)
                    .groupBy(Events.of("cq", Events.PERSON_ID), Events.of("cq", Events.EVENT_ID))
                    .having(having);
        }
        Table<?> e = events.as("e");
        return select(List.<SelectField<?>>of(Events.of("e", Events.PERSON_ID), Events.of("e", Events.EVENT_ID)))
                .from(e.leftJoin(cq).on(Events.of("cq", Events.PERSON_ID).eq(Events.of("e", Events.PERSON_ID))
                        .and(Events.of("cq", Events.EVENT_ID).eq(Events.of("e", Events.EVENT_ID)))))
                .groupBy(Events.of("e", Events.PERSON_ID), Events.of("e", Events.EVENT_ID))
                .having(having);
    }

    /** Events with the required number of criteria records inside the windows around them. */
    private Select<Record> correlated(int index, CorrelatedCriteria correlated, EventTable events) {
        Table<?> p = events.as("p");
        Table<?> a = criteria.compile(correlated.criteria()).asTable("a");
        List<Condition> on = new ArrayList<>();
        on.add(Events.of("a", Events.PERSON_ID).eq(Events.of("p", Events.PERSON_ID)));
        boolean checkObservationPeriod = !correlated.ignoreObservationPeriod();
        if (checkObservationPeriod) {
            on.add(Events.of("a", Events.START_DATE).ge(Events.of("p", Events.OP_START_DATE))
                    .and(Events.of("a", Events.START_DATE).le(Events.of("p", Events.OP_END_DATE))));
        }
        Window start = correlated.startWindow();
        if (start != null) {
            boolean eventEnd = Boolean.TRUE.equals(start.useEventEnd());
            on.addAll(window(start, eventEnd, checkObservationPeriod));
        }
        Window end = correlated.endWindow();
        if (end != null) {
            boolean eventEnd = !Boolean.FALSE.equals(end.useEventEnd());
            on.addAll(window(end, eventEnd, checkObservationPeriod));
        }
        if (correlated.restrictVisit()) {
            on.add(Events.of("a", Events.VISIT_OCCURRENCE_ID).eq(Events.of("p", Events.VISIT_OCCURRENCE_ID)));
        }
        Occurrence occurrence = correlated.occurrence();
        Field<Integer> found = occurrence.isDistinct() ? countDistinct(countColumn(occurrence.countColumn()))
                : count(Events.of("a", Events.EVENT_ID));
        Condition having = switch (occurrence.type()) {
            case Occurrence.EXACTLY -> found.eq(occurrence.count());
            case Occurrence.AT_MOST -> found.le(occurrence.count());
            default -> found.ge(occurrence.count());
        };
        // Counting zero records needs the events without any, hence the outer join.
        boolean outer = occurrence.type() == Occurrence.AT_MOST || occurrence.count() == 0;
        Condition joinOn = DSL.and(on);
        Table<?> joined = outer ? p.leftJoin(a).on(joinOn) : p.join(a).on(joinOn);
        return select(List.<SelectField<?>>of(val(index).as(INDEX_ID.getName()),
                Events.of("p", Events.PERSON_ID), Events.of("p", Events.EVENT_ID)))
                .from(joined)
                .groupBy(Events.of("p", Events.PERSON_ID), Events.of("p", Events.EVENT_ID))
                .having(having);
    }

    private static Field<?> countColumn(Occurrence.CountColumn column) {
        return switch (column) {
            case DOMAIN_CONCEPT -> Events.of("a", Events.CONCEPT_ID);
            case START_DATE -> Events.of("a", Events.START_DATE);
            case END_DATE -> Events.of("a", Events.END_DATE);
            case VISIT_ID -> Events.of("a", Events.VISIT_OCCURRENCE_ID);
        };
    }

    /** A window's two bounds on the event date; an open bound is the observation period's edge unless it is ignored. */
    private static List<Condition> window(Window window, boolean useEventEnd, boolean checkObservationPeriod) {
        Field<LocalDate> index = Events.of("p", window.useIndexEnd() ? Events.END_DATE : Events.START_DATE);
        Field<LocalDate> event = Events.of("a", useEventEnd ? Events.END_DATE : Events.START_DATE);
        List<Condition> bounds = new ArrayList<>();
        Field<LocalDate> from = bound(window.start().offset(), window.start().coeff(), index, checkObservationPeriod);
        if (from != null) {
            bounds.add(event.ge(from));
        }
        Field<LocalDate> to = bound(window.end().offset(), window.end().coeff(), index, checkObservationPeriod);
        if (to != null) {
            bounds.add(event.le(to));
        }
        return bounds;
    }

    private static @Nullable Field<LocalDate> bound(@Nullable Integer offset, int coeff, Field<LocalDate> index,
            boolean checkObservationPeriod) {
        if (offset != null) {
            return DateMath.plusDays(index, offset);
        }
        if (!checkObservationPeriod) {
            return null;
        }
        return Events.of("p", coeff == -1 ? Events.OP_START_DATE : Events.OP_END_DATE);
    }

    /** Events whose person and dates meet a demographic criteria. */
    private static Select<Record> demographic(int index, DemographicCriteria demographic, EventTable events) {
        Table<?> e = events.as("e");
        var person = PERSON.as("p");
        Field<LocalDate> start = Events.of("e", Events.START_DATE);
        Field<LocalDate> end = Events.of("e", Events.END_DATE);
        Condition age = demographic.age() == null ? DSL.noCondition()
                : Filters.numeric(DateMath.year(start).minus(person.YEAR_OF_BIRTH), demographic.age());
        return select(List.<SelectField<?>>of(val(index).as(INDEX_ID.getName()),
                Events.of("e", Events.PERSON_ID), Events.of("e", Events.EVENT_ID)))
                .from(e)
                .join(person).on(person.PERSON_ID.eq(Events.of("e", Events.PERSON_ID)))
                .where(age)
                .and(Filters.concepts(person.GENDER_CONCEPT_ID, demographic.gender()))
                .and(Filters.conceptSet(person.GENDER_CONCEPT_ID, demographic.genderCS()))
                .and(Filters.concepts(person.RACE_CONCEPT_ID, demographic.race()))
                .and(Filters.conceptSet(person.RACE_CONCEPT_ID, demographic.raceCS()))
                .and(Filters.concepts(person.ETHNICITY_CONCEPT_ID, demographic.ethnicity()))
                .and(Filters.conceptSet(person.ETHNICITY_CONCEPT_ID, demographic.ethnicityCS()))
                .and(Filters.date(start, demographic.occurrenceStartDate()))
                .and(Filters.date(end, demographic.occurrenceEndDate()));
    }
}
