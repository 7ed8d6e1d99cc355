package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.bitAnd;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.count;
import static org.jooq.impl.DSL.field;
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
 * counts in {@code cohort_summary_stats}. {@code cohort_inclusion} lists the rules. Both modes read the rules each event
 * meets from {@code event_masks}; mode 1 from the best events picked from it into {@code best_events}.
 */
final class InclusionStatisticsCompiler {

    private static final Table<?> BEST_EVENTS = table(name("best_events"));
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
        queries.addAll(mode(cohortId, 0, EntryEventsCompiler.EVENT_MASKS, allRules));
        queries.addAll(mode(cohortId, 1, BEST_EVENTS, allRules));
        return queries;
    }

    /** The statistics of one mode, over {@code events}: its events, each with the mask of the rules it meets. */
    private List<Query> mode(int cohortId, int mode, Table<?> events, long allRules) {
        Field<Long> mask = Events.of("q", EntryEventsCompiler.INCLUSION_RULE_MASK);
        Query result = sql.insertInto(COHORT_INCLUSION_RESULT, COHORT_INCLUSION_RESULT.COHORT_DEFINITION_ID,
                        COHORT_INCLUSION_RESULT.INCLUSION_RULE_MASK, COHORT_INCLUSION_RESULT.PERSON_COUNT, COHORT_INCLUSION_RESULT.MODE_ID)
                .select(select(val(cohortId), mask, count().cast(SQLDataType.BIGINT), val(mode)).from(events.as("q")).groupBy(mask));

        Field<Long> eventTotal = select(count().cast(SQLDataType.BIGINT)).from(events).asField();
        // an event counts for each rule whose bit its mask holds
        var rules = COHORT_INCLUSION.as("rules");
        Table<?> perRule = select(List.<SelectField<?>>of(rules.RULE_SEQUENCE.as(EntryEventsCompiler.INCLUSION_RULE_ID.getName()),
                        count().cast(SQLDataType.BIGINT).as("person_count")))
                .from(rules)
                .join(events.as("q")).on(bitAnd(mask, shl(val(1L), rules.RULE_SEQUENCE)).ne(0L))
                .where(rules.COHORT_DEFINITION_ID.eq(val(cohortId)))
                .groupBy(rules.RULE_SEQUENCE)
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

    /**
     * Each person's best event: the one meeting most rules, then the earliest rule, then the earliest date (Circe's
     * order), then the first event, so that ties are broken the same way in every run.
     */
    private static Select<Record> bestEvents() {
        Table<?> ranked = select(List.<SelectField<?>>of(Events.of("m", Events.PERSON_ID), Events.of("m", Events.EVENT_ID),
                        Events.of("m", EntryEventsCompiler.INCLUSION_RULE_MASK),
                        rowNumber().over().partitionBy(Events.of("m", Events.PERSON_ID)).orderBy(
                                Events.of("m", EntryEventsCompiler.RULE_COUNT).desc(),
                                Events.of("m", EntryEventsCompiler.MIN_RULE_ID).asc(),
                                Events.of("m", Events.START_DATE).asc(), Events.of("m", Events.EVENT_ID).asc())
                                .as(RANK.getName())))
                .from(EntryEventsCompiler.EVENT_MASKS.as("m"))
                .asTable("ranked");
        return select(List.<SelectField<?>>of(Events.of("ranked", Events.PERSON_ID), Events.of("ranked", Events.EVENT_ID),
                        Events.of("ranked", EntryEventsCompiler.INCLUSION_RULE_MASK)))
                .from(ranked)
                .where(Events.of("ranked", RANK).eq(1L));
    }
}
