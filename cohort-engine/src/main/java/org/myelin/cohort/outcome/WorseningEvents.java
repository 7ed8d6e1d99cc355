package org.myelin.cohort.outcome;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.min;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.partitionBy;
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
import static org.myelin.cohort.outcome.Scratch.NEXT_DROP;
import static org.myelin.cohort.outcome.Scratch.PERSON_ID;
import static org.myelin.cohort.outcome.Scratch.REQUIRED;
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
                .groupBy(m.PERSON_ID, m.MEASUREMENT_DATE)
                // stored in index order, so that reading by person and date stays sequential in the table
                .orderBy(m.PERSON_ID, m.MEASUREMENT_DATE)).withData().onCommitDrop().execute();
        sql.createIndex().on(EDSS, PERSON_ID, EDSS_DATE).execute();
        sql.execute("analyze {0}", EDSS);
    }

    /**
     * One round: each baseline's first confirmed worsening, numbered {@code round}; returns the events found. One pass
     * over each person's scores after the baseline, latest first, gives every score its confirmation visit (the
     * earliest score at least the confirmation period later) and its next drop (the earliest later score below the
     * threshold); a worsening is confirmed when its confirmation visit comes before its next drop.
     */
    private int confirm(WorseningRule rule, int round) {
        Field<Integer> person = of("e", PERSON_ID);
        Field<LocalDate> date = of("e", EDSS_DATE);
        Field<BigDecimal> score = of("e", SCORE);
        Field<BigDecimal> baseline = of("b", BASELINE_SCORE);
        Field<BigDecimal> required = baseline.plus(DSL.when(baseline.eq(BigDecimal.ZERO), ONE_AND_A_HALF)
                .when(baseline.lt(rule.halfStepFrom()), BigDecimal.ONE).otherwise(HALF));
        Table<?> scores = select(person.as(PERSON_ID), of("b", BASELINE_DATE).as(BASELINE_DATE), baseline.as(BASELINE_SCORE),
                        date.as(EVENT_DATE), score.as(EVENT_SCORE), required.as(REQUIRED),
                        confirmation(date, person, date, rule).as(CONFIRMED_DATE),
                        confirmation(score, person, date, rule).as(CONFIRMED_SCORE),
                        min(date).filterWhere(score.lt(required)).over(partitionBy(person).orderBy(date.desc())
                                .rowsBetweenUnboundedPreceding().andPreceding(1)).as(NEXT_DROP))
                .from(BASELINE.as("b"))
                .join(EDSS.as("e")).on(person.eq(of("b", PERSON_ID))).and(date.gt(of("b", BASELINE_DATE)))
                .asTable("s");
        Field<Integer> scorePerson = of("s", PERSON_ID);
        return sql.insertInto(WORSENING, PERSON_ID, BASELINE_DATE, BASELINE_SCORE, EVENT_DATE, EVENT_SCORE,
                        CONFIRMED_DATE, CONFIRMED_SCORE, ROUND)
                .select(selectDistinct(scorePerson, of("s", BASELINE_DATE), of("s", BASELINE_SCORE), of("s", EVENT_DATE),
                                of("s", EVENT_SCORE), of("s", CONFIRMED_DATE), of("s", CONFIRMED_SCORE),
                                val(round, SQLDataType.INTEGER))
                        .on(scorePerson)
                        .from(scores)
                        .where(of("s", EVENT_SCORE).ge(of("s", REQUIRED)))
                        .and(of("s", CONFIRMED_DATE).isNotNull())
                        .and(of("s", NEXT_DROP).isNull().or(of("s", NEXT_DROP).gt(of("s", CONFIRMED_DATE))))
                        .orderBy(scorePerson, of("s", EVENT_DATE)))
                .execute();
    }

    /**
     * {@code value} at each score's confirmation visit: in the person's scores latest first, the last one at least the
     * confirmation period after it (jOOQ's frames take no interval offset, which a date ordering needs).
     */
    private static <T> Field<T> confirmation(Field<T> value, Field<Integer> person, Field<LocalDate> date, WorseningRule rule) {
        return field("last_value({0}) over (partition by {1} order by {2} desc range between unbounded preceding "
                + "and make_interval(days => {3}) preceding)", value.getDataType(), value, person, date,
                val(rule.confirmationDays()));
    }
}
