package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.shl;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.Criteria;
import org.myelin.cohort.model.CriteriaGroup;
import org.myelin.cohort.model.InclusionRule;
import org.myelin.cohort.model.ObservationWindow;
import org.myelin.cohort.model.ResultLimit;
import org.myelin.sql.UserError;

/**
 * The entry events of a cohort, as temporary tables: {@code primary_events} (primary criteria inside an observation
 * period with the required prior and post observation, numbered per person, primary limit), {@code qualified_events}
 * (additional criteria, qualified limit; the primary events themselves when nothing filters them),
 * {@code inclusion_events} (which event meets which inclusion rule), {@code event_masks} (the rules each qualified event
 * meets) and {@code included_events} (events meeting every rule, expression limit).
 */
final class EntryEventsCompiler {

    static final Table<?> PRIMARY_EVENTS = table(name("primary_events"));
    static final Table<?> QUALIFIED_EVENTS = table(name("qualified_events"));
    static final Table<?> INCLUSION_EVENTS = table(name("inclusion_events"));
    static final Table<?> INCLUDED_EVENTS = table(name("included_events"));
    static final Field<Integer> INCLUSION_RULE_ID = field(name("inclusion_rule_id"), SQLDataType.INTEGER);
    static final Table<?> EVENT_MASKS = table(name("event_masks"));
    static final Field<Long> INCLUSION_RULE_MASK = field(name("inclusion_rule_mask"), SQLDataType.BIGINT);
    static final Field<Long> RULE_COUNT = field(name("rule_count"), SQLDataType.BIGINT);
    static final Field<Integer> MIN_RULE_ID = field(name("min_rule_id"), SQLDataType.INTEGER);
    private static final Field<Long> ORDINAL = field(name("ordinal"), SQLDataType.BIGINT);
    /** Rule masks are 64-bit integers, so the rule index must stay below 63. */
    static final int MAX_INCLUSION_RULES = 62;

    private final DSLContext sql;
    private final CriteriaCompiler criteria;
    private final @Nullable Table<?> sharedPrimaryEvents;

    /**
     * {@code sharedPrimaryEvents}, when given, holds the primary events already, computed (and analysed) once for a
     * batch; the cohort reads them from there.
     */
    EntryEventsCompiler(DSLContext sql, CriteriaCompiler criteria, @Nullable Table<?> sharedPrimaryEvents) {
        this.sql = sql;
        this.criteria = criteria;
        this.sharedPrimaryEvents = sharedPrimaryEvents;
    }

    List<Query> compile(CohortExpression expression) {
        List<Query> queries = new ArrayList<>();
        if (sharedPrimaryEvents == null) {
            queries.add(sql.createTemporaryTable(PRIMARY_EVENTS).as(primaryEvents(expression)).onCommitDrop());
            queries.add(sql.query("analyze {0}", PRIMARY_EVENTS));
        }
        // with nothing to filter, the qualified events are read where the primary events are (no copy, no ANALYZE)
        Table<?> qualified = qualifiedArePrimary(expression) ? primaryEvents() : QUALIFIED_EVENTS;
        if (qualified == QUALIFIED_EVENTS) {
            queries.add(sql.createTemporaryTable(QUALIFIED_EVENTS).as(qualifiedEvents(expression)).onCommitDrop());
            queries.add(sql.query("analyze {0}", QUALIFIED_EVENTS));
        }
        queries.add(sql.createTemporaryTable(INCLUSION_EVENTS)
                .column(INCLUSION_RULE_ID.getName(), SQLDataType.INTEGER.nullable(false))
                .column(Events.PERSON_ID.getName(), SQLDataType.INTEGER.nullable(false))
                .column(Events.EVENT_ID.getName(), SQLDataType.INTEGER.nullable(false))
                .onCommitDrop());
        List<InclusionRule> rules = expression.inclusionRules();
        if (rules.size() > MAX_INCLUSION_RULES) {
            throw new UserError("$.InclusionRules: " + rules.size() + " rules; at most " + MAX_INCLUSION_RULES + " are supported");
        }
        for (int i = 0; i < rules.size(); i++) {
            CriteriaGroup rule = rules.get(i).expression();
            Select<Record> matching = rule == null ? everyEvent(qualified) : criteria.groups().compile(rule, qualified::as);
            Table<?> m = matching.asTable("m");
            queries.add(sql.insertInto(INCLUSION_EVENTS, INCLUSION_RULE_ID, Events.PERSON_ID, Events.EVENT_ID)
                    .select(select(val(i), Events.of("m", Events.PERSON_ID), Events.of("m", Events.EVENT_ID)).from(m)));
        }
        queries.add(sql.createTemporaryTable(EVENT_MASKS).as(eventMasks(qualified)).onCommitDrop());
        queries.add(sql.createTemporaryTable(INCLUDED_EVENTS).as(includedEvents(expression)).onCommitDrop());
        return queries;
    }

    /** The primary events: the primary criteria inside an observation period, numbered per person, limited. */
    Select<Record> primaryEvents(CohortExpression expression) {
        List<Criteria> list = expression.primaryCriteria().criteriaList();
        if (list.isEmpty()) {
            throw new UserError("$.PrimaryCriteria.CriteriaList: no primary criteria; a cohort needs at least one");
        }
        Select<Record> union = criteria.compile(list.getFirst());
        for (Criteria more : list.subList(1, list.size())) {
            union = union.unionAll(criteria.compile(more));
        }
        Table<?> e = union.asTable("e");
        var op = OBSERVATION_PERIOD.as("op");
        ObservationWindow window = expression.primaryCriteria().observationWindow();
        Field<LocalDate> start = Events.of("e", Events.START_DATE);
        SortField<?> order = expression.primaryCriteria().primaryCriteriaLimit().type() == ResultLimit.Kind.LAST
                ? Events.of("e", Events.SORT_DATE).desc() : Events.of("e", Events.SORT_DATE).asc();
        Table<?> p = select(List.<SelectField<?>>of(
                        Events.of("e", Events.PERSON_ID), start, Events.of("e", Events.END_DATE),
                        rowNumber().over().partitionBy(Events.of("e", Events.PERSON_ID))
                                .orderBy(order, Events.of("e", Events.EVENT_ID).asc()).as(ORDINAL.getName()),
                        op.OBSERVATION_PERIOD_START_DATE.as(Events.OP_START_DATE.getName()),
                        op.OBSERVATION_PERIOD_END_DATE.as(Events.OP_END_DATE.getName()),
                        Events.of("e", Events.VISIT_OCCURRENCE_ID)))
                .from(e)
                .join(op).on(op.PERSON_ID.eq(Events.of("e", Events.PERSON_ID))
                        .and(start.ge(op.OBSERVATION_PERIOD_START_DATE))
                        .and(start.le(op.OBSERVATION_PERIOD_END_DATE)))
                .where(DateMath.plusDays(op.OBSERVATION_PERIOD_START_DATE, window.priorDays()).le(start))
                .and(DateMath.plusDays(start, window.postDays()).le(op.OBSERVATION_PERIOD_END_DATE))
                .asTable("p");
        return select(List.<SelectField<?>>of(
                        Events.of("p", ORDINAL).cast(SQLDataType.INTEGER).as(Events.EVENT_ID.getName()),
                        Events.of("p", Events.PERSON_ID), Events.of("p", Events.START_DATE), Events.of("p", Events.END_DATE),
                        Events.of("p", Events.OP_START_DATE), Events.of("p", Events.OP_END_DATE),
                        Events.of("p", Events.VISIT_OCCURRENCE_ID)))
                .from(p)
                .where(limit("p", expression.primaryCriteria().primaryCriteriaLimit()));
    }

    /**
     * Whether the qualified events are the primary events. Circe applies the qualified limit only when the expression
     * has additional criteria (an empty group counts), so without them they are; with an empty group the limit removes
     * nothing when it keeps all events, or when the primary limit left one event per person already.
     */
    private static boolean qualifiedArePrimary(CohortExpression expression) {
        CriteriaGroup additional = expression.additionalCriteria();
        return additional == null || additional.isEmpty()
                && (expression.qualifiedLimit().type() == ResultLimit.Kind.ALL
                        || expression.primaryCriteria().primaryCriteriaLimit().type() != ResultLimit.Kind.ALL);
    }

    private Table<?> primaryEvents() {
        return sharedPrimaryEvents == null ? PRIMARY_EVENTS : sharedPrimaryEvents;
    }

    private Select<Record> qualifiedEvents(CohortExpression expression) {
        Table<?> primary = primaryEvents();
        Table<?> pe = primary.as("pe");
        Table<?> events = pe;
        CriteriaGroup additional = expression.additionalCriteria();
        if (additional != null && !additional.isEmpty()) {
            Table<?> ac = criteria.groups().compile(additional, primary::as).asTable("ac");
            events = pe.join(ac).on(Events.of("ac", Events.PERSON_ID).eq(Events.of("pe", Events.PERSON_ID))
                    .and(Events.of("ac", Events.EVENT_ID).eq(Events.of("pe", Events.EVENT_ID))));
        }
        Table<?> qe = select(eventTableColumns("pe", true))
                .select(numbered("pe", expression.qualifiedLimit()))
                .from(events)
                .asTable("qe");
        return select(eventTableColumns("qe", true)).from(qe).where(limit("qe", expression.qualifiedLimit()));
    }

    /**
     * Each qualified event with the rules it meets: their bit mask, how many they are and the first of them (0 when
     * none), which the included events and every inclusion statistic are read from.
     */
    private Select<Record> eventMasks(Table<?> qualified) {
        Field<Integer> rule = Events.of("i", INCLUSION_RULE_ID);
        // inclusion_events holds an event once per rule it meets, so counting and summing its rows counts the rules
        Table<?> met = select(List.<SelectField<?>>of(Events.of("i", Events.PERSON_ID), Events.of("i", Events.EVENT_ID),
                        sum(shl(val(1L), rule)).cast(SQLDataType.BIGINT).as(INCLUSION_RULE_MASK.getName()),
                        count().cast(SQLDataType.BIGINT).as(RULE_COUNT.getName()), min(rule).as(MIN_RULE_ID.getName())))
                .from(INCLUSION_EVENTS.as("i"))
                .groupBy(Events.of("i", Events.PERSON_ID), Events.of("i", Events.EVENT_ID))
                .asTable("met");
        return select(eventTableColumns("q", false))
                .select(coalesce(Events.of("met", INCLUSION_RULE_MASK), val(0L)).as(INCLUSION_RULE_MASK.getName()),
                        coalesce(Events.of("met", RULE_COUNT), val(0L)).as(RULE_COUNT.getName()),
                        coalesce(Events.of("met", MIN_RULE_ID), val(0)).as(MIN_RULE_ID.getName()))
                .from(qualified.as("q").leftJoin(met)
                        .on(Events.of("met", Events.PERSON_ID).eq(Events.of("q", Events.PERSON_ID))
                                .and(Events.of("met", Events.EVENT_ID).eq(Events.of("q", Events.EVENT_ID)))));
    }

    private Select<Record> includedEvents(CohortExpression expression) {
        int rules = expression.inclusionRules().size();
        Table<?> results = select(eventTableColumns("m", false))
                .select(numbered("m", expression.expressionLimit()))
                .from(EVENT_MASKS.as("m"))
                .where(Events.of("m", INCLUSION_RULE_MASK).eq(val((1L << rules) - 1)))
                .asTable("r");
        return select(eventTableColumns("r", false)).from(results).where(limit("r", expression.expressionLimit()));
    }

    static List<SelectField<?>> eventTableColumns(String alias, boolean withVisit) {
        List<SelectField<?>> columns = new ArrayList<>(List.of(Events.of(alias, Events.EVENT_ID),
                Events.of(alias, Events.PERSON_ID), Events.of(alias, Events.START_DATE), Events.of(alias, Events.END_DATE),
                Events.of(alias, Events.OP_START_DATE), Events.of(alias, Events.OP_END_DATE)));
        if (withVisit) {
            columns.add(Events.of(alias, Events.VISIT_OCCURRENCE_ID));
        }
        return columns;
    }

    private static SelectField<?> numbered(String alias, ResultLimit limit) {
        SortField<?> order = limit.type() == ResultLimit.Kind.LAST
                ? Events.of(alias, Events.START_DATE).desc() : Events.of(alias, Events.START_DATE).asc();
        return rowNumber().over().partitionBy(Events.of(alias, Events.PERSON_ID))
                .orderBy(order, Events.of(alias, Events.EVENT_ID).asc()).as(ORDINAL.getName());
    }

    private static Condition limit(String alias, ResultLimit limit) {
        return limit.type() == ResultLimit.Kind.ALL ? noCondition() : Events.of(alias, ORDINAL).eq(1L);
    }

    private static Select<Record> everyEvent(Table<?> events) {
        Table<?> e = events.as("e");
        return select(List.<SelectField<?>>of(Events.of("e", Events.PERSON_ID), Events.of("e", Events.EVENT_ID))).from(e);
    }
}
