package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.countDistinct;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.shl;
import static org.jooq.impl.DSL.sum;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_RESULT;
import static org.myelin.sql.jooq.results.Tables.COHORT_INCLUSION_STATS;
import static org.myelin.sql.jooq.results.Tables.COHORT_SUMMARY_STATS;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record;
import org.jooq.Select;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.myelin.cohort.model.InclusionRule;

/**
 * The inclusion statistics OHDSI tools read, for mode 0 (every qualified event) and mode 1 (each person's best event:
 * the one meeting most rules, then the earliest rule, then the earliest date): events per rule mask in
 * {@code cohort_inclusion_result}, per-rule counts and gains in {@code cohort_inclusion_stats}, and base and final
 * counts in {@code cohort_summary_stats}. {@code cohort_inclusion} lists the rules.
 */
final class InclusionStatisticsCompiler {

    static final Table<?> BEST_EVENTS = table(name("best_events"));
    private static final Field<Long> RULE_COUNT = field(name("rule_count"), SQLDataType.BIGINT);
    private static final Field<Integer> MIN_RULE_ID = field(name("min_rule_id"), SQLDataType.INTEGER);
    private static final Field<Long> RANK = field(name("rank_value"), SQLDataType.BIGINT);

    private final DSLContext sql;

    InclusionStatisticsCompiler(DSLContext sql) {
        this.sql = sql;
    }

    List<Query> compile(int cohortId, List<InclusionRule> rules) {
        List<Query> queries = new ArrayList<>();
        queries.add(sql.deleteFrom(COHORT_INCLUSION).where(COHORT_INCLUSION.COHORT_DEFINITION_ID.eq(val(cohortId))));
        queries.add(sql.deleteFrom(COHORT_INCLUSION_RESULT).where(COHORT_INCLUSION_RESULT.COHORT_DEFINITION_ID.eq(val(cohortId))));
        queries.add(sql.deleteFrom(COHORT_INCLUSION_STATS).where(COHORT_INCLUSION_STATS.COHORT_DEFINITION_ID.eq(val(cohortId))));
        queries.add(sql.deleteFrom(COHORT_SUMMARY_STATS).where(COHORT_SUMMARY_STATS.COHORT_DEFINITION_ID.eq(val(cohortId))));
        for (int i = 0; i < rules.size(); i++) {
            InclusionRule rule = rules.get(i);
            queries.add(sql.insertInto(COHORT_INCLUSION, COHORT_INCLUSION.COHORT_DEFINITION_ID, COHORT_INCLUSION.RULE_SEQUENCE,
                    COHORT_INCLUSION.NAME, COHORT_INCLUSION.DESCRIPTION).values(val(cohortId), val(i),
                    val(rule.name() == null ? "Rule " + (i + 1) : rule.name()), val(rule.description(), String.class)));
        }
        queries.add(sql.createTemporaryTable(BEST_EVENTS).as(bestEvents()).onCommitDrop());
        long allRules = (1L << rules.size()) - 1;
        for (int mode = 0; mode <= 1; mode++) {
            EventTable events = mode == 0 ? EntryEventsCompiler.QUALIFIED_EVENTS::as : InclusionStatisticsCompiler::bestOfQualified;
            queries.addAll(mode(cohortId, mode, events, allRules));
        }
        return queries;
    }

    private List<Query> mode(int cohortId, int mode, EventTable events, long allRules) {
        Table<?> mg = select(List.<SelectField<?>>of(Events.of("q", Events.PERSON_ID), Events.of("q", Events.EVENT_ID),
                        sum(coalesce(shl(val(1L), Events.of("i", EntryEventsCompiler.INCLUSION_RULE_ID)), val(0L)))
                                .cast(SQLDataType.BIGINT).as(EntryEventsCompiler.INCLUSION_RULE_MASK.getName())))
                .from(events.as("q").leftJoin(EntryEventsCompiler.INCLUSION_EVENTS.as("i")).on(sameEvent("i", "q")))
                .groupBy(Events.of("q", Events.PERSON_ID), Events.of("q", Events.EVENT_ID))
                .asTable("mg");
        Field<Long> mask = Events.of("mg", EntryEventsCompiler.INCLUSION_RULE_MASK);
        Query result = sql.insertInto(COHORT_INCLUSION_RESULT, COHORT_INCLUSION_RESULT.COHORT_DEFINITION_ID,
                        COHORT_INCLUSION_RESULT.INCLUSION_RULE_MASK, COHORT_INCLUSION_RESULT.PERSON_COUNT, COHORT_INCLUSION_RESULT.MODE_ID)
                .select(select(val(cohortId), mask, count().cast(SQLDataType.BIGINT), val(mode)).from(mg).groupBy(mask));

        Field<Long> eventTotal = select(count().cast(SQLDataType.BIGINT)).from(events.as("q")).asField();
        Table<?> perRule = select(List.<SelectField<?>>of(Events.of("i", EntryEventsCompiler.INCLUSION_RULE_ID),
                        count(Events.of("i", Events.EVENT_ID)).cast(SQLDataType.BIGINT).as("person_count")))
                .from(events.as("q").join(EntryEventsCompiler.INCLUSION_EVENTS.as("i")).on(sameEvent("i", "q")))
                .groupBy(Events.of("i", EntryEventsCompiler.INCLUSION_RULE_ID))
                .asTable("t");
        var ir = COHORT_INCLUSION.as("ir");
        var sr = COHORT_INCLUSION_RESULT.as("sr");
        Field<Long> perRuleCount = field(name("t", "person_count"), SQLDataType.BIGINT);
        // The gain of a rule: events that meet every rule except this one.
        Field<Long> allButThis = val(allRules).minus(shl(val(1L), ir.RULE_SEQUENCE).cast(SQLDataType.BIGINT));
        Query stats = sql.insertInto(COHORT_INCLUSION_STATS, COHORT_INCLUSION_STATS.COHORT_DEFINITION_ID,
                        COHORT_INCLUSION_STATS.RULE_SEQUENCE, COHORT_INCLUSION_STATS.PERSON_COUNT, COHORT_INCLUSION_STATS.GAIN_COUNT,
                        COHORT_INCLUSION_STATS.PERSON_TOTAL, COHORT_INCLUSION_STATS.MODE_ID)
                .select(select(val(cohortId), ir.RULE_SEQUENCE, coalesce(perRuleCount, val(0L)), coalesce(sr.PERSON_COUNT, val(0L)),
                        eventTotal, val(mode))
                        .from(ir)
                        .leftJoin(perRule).on(ir.RULE_SEQUENCE.eq(Events.of("t", EntryEventsCompiler.INCLUSION_RULE_ID)))
                        .leftJoin(sr).on(sr.MODE_ID.eq(val(mode)).and(sr.COHORT_DEFINITION_ID.eq(val(cohortId)))
                                .and(sr.INCLUSION_RULE_MASK.eq(allButThis)))
                        .where(ir.COHORT_DEFINITION_ID.eq(val(cohortId))));

        var fc = COHORT_INCLUSION_RESULT.as("fc");
        Field<BigDecimal> finalCount = select(sum(fc.PERSON_COUNT)).from(fc).where(fc.MODE_ID.eq(val(mode))
                .and(fc.COHORT_DEFINITION_ID.eq(val(cohortId))).and(fc.INCLUSION_RULE_MASK.eq(val(allRules)))).asField();
        Query summary = sql.insertInto(COHORT_SUMMARY_STATS, COHORT_SUMMARY_STATS.COHORT_DEFINITION_ID,
                        COHORT_SUMMARY_STATS.BASE_COUNT, COHORT_SUMMARY_STATS.FINAL_COUNT, COHORT_SUMMARY_STATS.MODE_ID)
                .select(select(val(cohortId), eventTotal, coalesce(finalCount, val(BigDecimal.ZERO)).cast(SQLDataType.BIGINT),
                        val(mode)));
        return List.of(result, stats, summary);
    }

    private static Condition sameEvent(String a, String b) {
        return Events.of(a, Events.PERSON_ID).eq(Events.of(b, Events.PERSON_ID))
                .and(Events.of(a, Events.EVENT_ID).eq(Events.of(b, Events.EVENT_ID)));
    }

    private static Table<?> bestOfQualified(String alias) {
        return select(EntryEventsCompiler.eventTableColumns("q", true))
                .from(EntryEventsCompiler.QUALIFIED_EVENTS.as("q"))
                .join(BEST_EVENTS.as("b")).on(sameEvent("b", "q"))
                .asTable(alias);
    }

    private static Select<Record> bestEvents() {
        Table<?> r = select(List.<SelectField<?>>of(Events.of("q", Events.PERSON_ID), Events.of("q", Events.EVENT_ID),
                        Events.of("q", Events.START_DATE),
                        countDistinct(Events.of("i", EntryEventsCompiler.INCLUSION_RULE_ID)).cast(SQLDataType.BIGINT)
                                .as(RULE_COUNT.getName()),
                        coalesce(min(Events.of("i", EntryEventsCompiler.INCLUSION_RULE_ID)), inline(0)).as(MIN_RULE_ID.getName())))
                .from(EntryEventsCompiler.QUALIFIED_EVENTS.as("q")
                        .leftJoin(EntryEventsCompiler.INCLUSION_EVENTS.as("i")).on(sameEvent("i", "q")))
                .groupBy(Events.of("q", Events.PERSON_ID), Events.of("q", Events.EVENT_ID), Events.of("q", Events.START_DATE))
                .asTable("r");
        Table<?> ranked = select(List.<SelectField<?>>of(Events.of("r", Events.PERSON_ID), Events.of("r", Events.EVENT_ID),
                        rowNumber().over().partitionBy(Events.of("r", Events.PERSON_ID)).orderBy(
                                Events.of("r", RULE_COUNT).desc(), Events.of("r", MIN_RULE_ID).asc(),
                                Events.of("r", Events.START_DATE).asc()).as(RANK.getName())))
                .from(r)
                .asTable("ranked");
        return select(List.<SelectField<?>>of(Events.of("ranked", Events.PERSON_ID), Events.of("ranked", Events.EVENT_ID)))
                .from(ranked)
                .where(Events.of("ranked", RANK).eq(1L));
    }
}
