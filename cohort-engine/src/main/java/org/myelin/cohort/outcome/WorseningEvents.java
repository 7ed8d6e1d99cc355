package org.myelin.cohort.outcome;

import static org.jooq.impl.DSL.lateral;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.myelin.cohort.outcome.Scratch.BASELINE;
import static org.myelin.cohort.outcome.Scratch.BASELINE_DATE;
import static org.myelin.cohort.outcome.Scratch.BASELINE_SCORE;
import static org.myelin.cohort.outcome.Scratch.CONFIRMED_DATE;
import static org.myelin.cohort.outcome.Scratch.CONFIRMED_SCORE;
import static org.myelin.cohort.outcome.Scratch.EDSS;
import static org.myelin.cohort.outcome.Scratch.EDSS_DATE;
import static org.myelin.cohort.outcome.Scratch.EVENT_DATE;
import static org.myelin.cohort.outcome.Scratch.EVENT_SCORE;
import static org.myelin.cohort.outcome.Scratch.PERSON_ID;
import static org.myelin.cohort.outcome.Scratch.ROUND;
import static org.myelin.cohort.outcome.Scratch.SCORE;
import static org.myelin.cohort.outcome.Scratch.WORSENING;
import static org.myelin.cohort.outcome.Scratch.of;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.myelin.cohort.compile.DateMath;

/**
 * Finds the confirmed disability worsening events of every person into {@code outcome_worsening}, set-based: one
 * statement per round for all persons, a round per re-baselining (one round for a fixed baseline).
 *
 * <p>A round, for each person's baseline b: the earliest usable EDSS v after b with v &ge; b + step(b) for which the
 * confirmation visit c (the first usable EDSS at least the confirmation period after v) exists and no usable EDSS from
 * v to c falls below b + step(b). A worsening without a visit after the confirmation period is not confirmed.
 */
final class WorseningEvents {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final BigDecimal ONE_AND_A_HALF = new BigDecimal("1.5");

    private final DSLContext sql;
    private final OutcomeConcepts concepts;

    WorseningEvents(DSLContext sql, OutcomeConcepts concepts) {
        this.sql = sql;
        this.concepts = concepts;
    }

    /** Fills {@code outcome_worsening} (created here, dropped at commit) under the rule. */
    void find(WorseningRule rule) {
        usableEdss(rule.relapseExclusionDays());
        sql.createTemporaryTable(BASELINE).as(selectDistinct(PERSON_ID, EDSS_DATE.as(BASELINE_DATE), SCORE.as(BASELINE_SCORE))
                .on(PERSON_ID).from(EDSS).orderBy(PERSON_ID, EDSS_DATE)).withData().onCommitDrop().execute();
        sql.createTemporaryTable(WORSENING).column(PERSON_ID).column(BASELINE_DATE).column(BASELINE_SCORE)
                .column(EVENT_DATE).column(EVENT_SCORE).column(CONFIRMED_DATE).column(CONFIRMED_SCORE).column(ROUND)
                .onCommitDrop().execute();
        for (int round = 1; confirm(rule, round) > 0 && rule.roving(); round++) {
            sql.deleteFrom(BASELINE).execute();
            sql.insertInto(BASELINE, PERSON_ID, BASELINE_DATE, BASELINE_SCORE)
                    .select(select(PERSON_ID, CONFIRMED_DATE, CONFIRMED_SCORE).from(WORSENING).where(ROUND.eq(round)))
                    .execute();
        }
    }

    /** {@code outcome_edss}: the EDSS measurements with a value, the highest per day, none in a relapse's window. */
    private void usableEdss(int relapseExclusionDays) {
        var m = MEASUREMENT;
        var r = CONDITION_OCCURRENCE;
        sql.createTemporaryTable(EDSS).as(select(m.PERSON_ID.as(PERSON_ID), m.MEASUREMENT_DATE.as(EDSS_DATE),
                        max(m.VALUE_AS_NUMBER).as(SCORE))
                .from(m)
                .where(m.MEASUREMENT_CONCEPT_ID.eq(concepts.edss())).and(m.VALUE_AS_NUMBER.isNotNull())
                .and(notExists(selectOne().from(r).where(r.PERSON_ID.eq(m.PERSON_ID))
                        .and(r.CONDITION_CONCEPT_ID.eq(concepts.relapse()))
                        .and(m.MEASUREMENT_DATE.between(r.CONDITION_START_DATE,
                                DateMath.plusDays(r.CONDITION_START_DATE, relapseExclusionDays)))))
                .groupBy(m.PERSON_ID, m.MEASUREMENT_DATE)).withData().onCommitDrop().execute();
        sql.createIndex().on(EDSS, PERSON_ID, EDSS_DATE).execute();
        sql.execute("analyze {0}", EDSS);
    }

    /** One round: each baseline's first confirmed worsening, numbered {@code round}; returns the events found. */
    private int confirm(WorseningRule rule, int round) {
        Field<Integer> person = of("b", PERSON_ID);
        Field<LocalDate> baselineDate = of("b", BASELINE_DATE);
        Field<BigDecimal> baseline = of("b", BASELINE_SCORE);
        Field<LocalDate> eventDate = of("v", EDSS_DATE);
        Field<BigDecimal> required = baseline.plus(DSL.when(baseline.eq(BigDecimal.ZERO), ONE_AND_A_HALF)
                .when(baseline.lt(rule.halfStepFrom()), BigDecimal.ONE).otherwise(HALF));
        Table<?> confirmation = lateral(select(of("c", EDSS_DATE).as(CONFIRMED_DATE), of("c", SCORE).as(CONFIRMED_SCORE))
                .from(EDSS.as("c"))
                .where(of("c", PERSON_ID).eq(of("v", PERSON_ID)))
                .and(of("c", EDSS_DATE).ge(DateMath.plusDays(eventDate, rule.confirmationDays())))
                .orderBy(of("c", EDSS_DATE)).limit(1)).as("k");
        Field<LocalDate> confirmedDate = of("k", CONFIRMED_DATE);
        return sql.insertInto(WORSENING, PERSON_ID, BASELINE_DATE, BASELINE_SCORE, EVENT_DATE, EVENT_SCORE,
                        CONFIRMED_DATE, CONFIRMED_SCORE, ROUND)
                .select(selectDistinct(person, baselineDate, baseline, eventDate, of("v", SCORE), confirmedDate,
                                of("k", CONFIRMED_SCORE), val(round, SQLDataType.INTEGER))
                        .on(person)
                        .from(BASELINE.as("b"))
                        .join(EDSS.as("v")).on(of("v", PERSON_ID).eq(person)).and(eventDate.gt(baselineDate))
                        .and(of("v", SCORE).ge(required))
                        .crossJoin(confirmation)
                        .where(notExists(selectOne().from(EDSS.as("u"))
                                .where(of("u", PERSON_ID).eq(person))
                                .and(of("u", EDSS_DATE).gt(eventDate)).and(of("u", EDSS_DATE).le(confirmedDate))
                                .and(of("u", SCORE).lt(required))))
                        .orderBy(person, eventDate))
                .execute();
    }
}
