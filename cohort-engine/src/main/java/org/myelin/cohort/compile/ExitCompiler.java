package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.least;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.myelin.cohort.model.CohortExpression;
import org.myelin.cohort.model.Criteria;
import org.myelin.cohort.model.CustomEraStrategy;
import org.myelin.cohort.model.DateOffsetStrategy;
import org.myelin.cohort.model.EndStrategy;

/**
 * The exit of each included event and the final cohort periods, as temporary tables: {@code strategy_ends} (the end
 * strategy, capped at the observation period's end), {@code cohort_rows} (the earliest of the strategy end, the
 * observation period end and the first censoring event) and {@code final_cohort} (rows collapsed into eras joining
 * gaps up to the era pad).
 */
final class ExitCompiler {

    static final Table<?> STRATEGY_ENDS = table(name("strategy_ends"));
    static final Table<?> COHORT_ROWS = table(name("cohort_rows"));
    static final Table<?> FINAL_COHORT = table(name("final_cohort"));
    private static final Field<Long> ORDINAL = field(name("ordinal"), SQLDataType.BIGINT);
    private static final Field<LocalDate> EVENT_DATE = field(name("event_date"), SQLDataType.LOCALDATE);
    private static final Field<Integer> EVENT_TYPE = field(name("event_type"), SQLDataType.INTEGER);
    private static final Field<BigDecimal> INTERVAL_STATUS = field(name("interval_status"), SQLDataType.NUMERIC);

    private final DSLContext sql;
    private final CriteriaCompiler criteria;

    ExitCompiler(DSLContext sql, CriteriaCompiler criteria) {
        this.sql = sql;
        this.criteria = criteria;
    }

    List<Query> compile(CohortExpression expression) {
        List<Query> queries = new ArrayList<>();
        EndStrategy strategy = expression.endStrategy();
        if (strategy != null) {
            Select<Record> ends = switch (strategy) {
                case DateOffsetStrategy offset -> dateOffset(offset);
                case CustomEraStrategy era -> {
                    CustomEraCompiler custom = new CustomEraCompiler(era);
                    queries.add(sql.createTemporaryTable(CustomEraCompiler.DRUG_TARGET).as(custom.drugTarget(criteria.rows())).onCommitDrop());
                    yield custom.strategyEnds();
                }
            };
            queries.add(sql.createTemporaryTable(STRATEGY_ENDS).as(ends).onCommitDrop());
        }
        queries.add(sql.createTemporaryTable(COHORT_ROWS).as(cohortRows(expression, strategy != null)).onCommitDrop());
        queries.add(sql.createTemporaryTable(FINAL_COHORT).as(eras(expression.collapseSettings().eraPad())).onCommitDrop());
        return queries;
    }

    private static Select<Record> dateOffset(DateOffsetStrategy strategy) {
        Table<?> i = EntryEventsCompiler.INCLUDED_EVENTS.as("i");
        Field<LocalDate> from = Events.of("i",
                strategy.dateField() == DateOffsetStrategy.DateField.START_DATE ? Events.START_DATE : Events.END_DATE);
        return select(List.<SelectField<?>>of(Events.of("i", Events.EVENT_ID), Events.of("i", Events.PERSON_ID),
                        least(DateMath.plusDays(from, strategy.offset()), Events.of("i", Events.OP_END_DATE))
                                .as(Events.END_DATE.getName())))
                .from(i);
    }

    /** Each included event ends at the earliest candidate end on or after its start. */
    private Select<Record> cohortRows(CohortExpression expression, boolean hasStrategy) {
        Select<Record> ends = select(List.<SelectField<?>>of(Events.of("i", Events.EVENT_ID), Events.of("i", Events.PERSON_ID),
                        Events.of("i", Events.OP_END_DATE).as(Events.END_DATE.getName())))
                .from(EntryEventsCompiler.INCLUDED_EVENTS.as("i"));
        if (hasStrategy) {
            ends = ends.unionAll(select(List.<SelectField<?>>of(Events.of("s", Events.EVENT_ID),
                    Events.of("s", Events.PERSON_ID), Events.of("s", Events.END_DATE))).from(STRATEGY_ENDS.as("s")));
        }
        List<Criteria> censoring = expression.censoringCriteria();
        if (!censoring.isEmpty()) {
            Select<Record> censors = criteria.compile(censoring.getFirst());
            for (Criteria more : censoring.subList(1, censoring.size())) {
                censors = censors.unionAll(criteria.compile(more));
            }
            Table<?> c = censors.asTable("c");
            ends = ends.unionAll(select(List.<SelectField<?>>of(Events.of("i", Events.EVENT_ID),
                            Events.of("i", Events.PERSON_ID), min(Events.of("c", Events.START_DATE)).as(Events.END_DATE.getName())))
                    .from(EntryEventsCompiler.INCLUDED_EVENTS.as("i"))
                    .join(c).on(Events.of("c", Events.PERSON_ID).eq(Events.of("i", Events.PERSON_ID))
                            .and(Events.of("c", Events.START_DATE).ge(Events.of("i", Events.START_DATE)))
                            .and(Events.of("c", Events.START_DATE).le(Events.of("i", Events.OP_END_DATE))))
                    .groupBy(Events.of("i", Events.EVENT_ID), Events.of("i", Events.PERSON_ID)));
        }
        Table<?> ce = ends.asTable("ce");
        Table<?> f = select(List.<SelectField<?>>of(Events.of("i", Events.PERSON_ID), Events.of("i", Events.START_DATE),
                        Events.of("ce", Events.END_DATE),
                        rowNumber().over().partitionBy(Events.of("i", Events.PERSON_ID), Events.of("i", Events.EVENT_ID))
                                .orderBy(Events.of("ce", Events.END_DATE)).as(ORDINAL.getName())))
                .from(EntryEventsCompiler.INCLUDED_EVENTS.as("i"))
                .join(ce).on(Events.of("ce", Events.EVENT_ID).eq(Events.of("i", Events.EVENT_ID))
                        .and(Events.of("ce", Events.PERSON_ID).eq(Events.of("i", Events.PERSON_ID)))
                        .and(Events.of("ce", Events.END_DATE).ge(Events.of("i", Events.START_DATE))))
                .asTable("f");
        return select(List.<SelectField<?>>of(Events.of("f", Events.PERSON_ID), Events.of("f", Events.START_DATE),
                        Events.of("f", Events.END_DATE)))
                .from(f)
                .where(Events.of("f", ORDINAL).eq(1L));
    }

    /**
     * Era collapse: a running sum over start (-1) and padded end (+1) markers returns to zero where an era ends;
     * each row takes the first era end on or after its start, and rows sharing an era end merge.
     */
    private static Select<Record> eras(int eraPad) {
        Table<?> raw = select(List.<SelectField<?>>of(Events.of("r", Events.PERSON_ID),
                        Events.of("r", Events.START_DATE).as(EVENT_DATE.getName()), inline(-1).as(EVENT_TYPE.getName())))
                .from(COHORT_ROWS.as("r"))
                .unionAll(select(List.<SelectField<?>>of(Events.of("r", Events.PERSON_ID),
                        DateMath.plusDays(Events.of("r", Events.END_DATE), eraPad).as(EVENT_DATE.getName()),
                        inline(1).as(EVENT_TYPE.getName()))).from(COHORT_ROWS.as("r")))
                .asTable("raw");
        Table<?> marked = select(List.<SelectField<?>>of(Events.of("raw", Events.PERSON_ID), Events.of("raw", EVENT_DATE),
                        sum(Events.of("raw", EVENT_TYPE)).over().partitionBy(Events.of("raw", Events.PERSON_ID))
                                .orderBy(Events.of("raw", EVENT_DATE), Events.of("raw", EVENT_TYPE))
                                .rowsUnboundedPreceding().as(INTERVAL_STATUS.getName())))
                .from(raw)
                .asTable("e");
        Table<?> endDates = select(List.<SelectField<?>>of(Events.of("e", Events.PERSON_ID),
                        DateMath.plusDays(Events.of("e", EVENT_DATE), -eraPad).as(Events.END_DATE.getName())))
                .from(marked)
                .where(Events.of("e", INTERVAL_STATUS).eq(BigDecimal.ZERO))
                .asTable("d");
        Table<?> ends = select(List.<SelectField<?>>of(Events.of("c", Events.PERSON_ID), Events.of("c", Events.START_DATE),
                        min(Events.of("d", Events.END_DATE)).as(Events.END_DATE.getName())))
                .from(COHORT_ROWS.as("c"))
                .join(endDates).on(Events.of("d", Events.PERSON_ID).eq(Events.of("c", Events.PERSON_ID))
                        .and(Events.of("d", Events.END_DATE).ge(Events.of("c", Events.START_DATE))))
                .groupBy(Events.of("c", Events.PERSON_ID), Events.of("c", Events.START_DATE))
                .asTable("ends");
        return select(List.<SelectField<?>>of(Events.of("ends", Events.PERSON_ID),
                        min(Events.of("ends", Events.START_DATE)).as(Events.START_DATE.getName()),
                        Events.of("ends", Events.END_DATE)))
                .from(ends)
                .groupBy(Events.of("ends", Events.PERSON_ID), Events.of("ends", Events.END_DATE));
    }
}
