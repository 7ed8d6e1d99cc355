package org.myelin.cohort.outcome;

import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.selectOne;
import static org.jooq.impl.DSL.val;
import static org.myelin.cohort.outcome.Scratch.BASELINE_DATE;
import static org.myelin.cohort.outcome.Scratch.CONFIRMED_DATE;
import static org.myelin.cohort.outcome.Scratch.CONFIRMED_SCORE;
import static org.myelin.cohort.outcome.Scratch.EVENT_DATE;
import static org.myelin.cohort.outcome.Scratch.EVENT_SCORE;
import static org.myelin.cohort.outcome.Scratch.PERSON_ID;
import static org.myelin.cohort.outcome.Scratch.WORSENING;
import static org.myelin.cohort.outcome.Scratch.of;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.impl.SQLDataType;
import org.myelin.cohort.compile.DateMath;

/**
 * The rows each outcome adds to {@code results.cohort} (cohort id, person, start, end), selected from the confirmed
 * worsening events in {@code outcome_worsening} and the CDM.
 */
final class OutcomeCohorts {

    private final OutcomeConcepts concepts;

    OutcomeCohorts(OutcomeConcepts concepts) {
        this.concepts = concepts;
    }

    Select<Record4<Integer, Integer, LocalDate, LocalDate>> rows(int cohortId, Outcome outcome) {
        Field<Integer> id = val(cohortId, SQLDataType.INTEGER);
        Field<Integer> person = of("w", PERSON_ID);
        Field<LocalDate> event = of("w", EVENT_DATE);
        Field<LocalDate> confirmed = of("w", CONFIRMED_DATE);
        return switch (outcome) {
            case ConfirmedWorsening ignored -> select(id, person, event, confirmed).from(WORSENING.as("w"));
            case SecondaryProgression ignored -> selectDistinct(id, person, event, confirmed).on(person)
                    .from(WORSENING.as("w"))
                    .where(of("w", EVENT_SCORE).ge(SecondaryProgression.MINIMUM_EDSS))
                    .and(of("w", CONFIRMED_SCORE).ge(SecondaryProgression.MINIMUM_EDSS))
                    .and(exists(selectOne().from(MEASUREMENT).where(MEASUREMENT.PERSON_ID.eq(person))
                            .and(MEASUREMENT.MEASUREMENT_CONCEPT_ID.eq(concepts.pyramidal()))
                            .and(MEASUREMENT.MEASUREMENT_DATE.eq(event))
                            .and(MEASUREMENT.VALUE_AS_NUMBER.ge(SecondaryProgression.MINIMUM_PYRAMIDAL))))
                    .orderBy(person, event);
            case Pira pira -> select(id, person, event, confirmed).from(WORSENING.as("w"))
                    .where(notExists(relapseOnset(person, DateMath.plusDays(of("w", BASELINE_DATE), -pira.daysBeforeBaseline()),
                            DateMath.plusDays(confirmed, pira.daysAfterConfirmation()))));
            case Neda3 neda -> neda(id, neda);
        };
    }

    /**
     * NEDA-3: each target entry observed over the whole period [start, start + days - 1] with no relapse onset, no
     * worsening event, at least one MRI lesion count and no count above 0 in it (one join and grouping over the MRI
     * counts, not a lookup per entry).
     */
    private Select<Record4<Integer, Integer, LocalDate, LocalDate>> neda(Field<Integer> id, Neda3 neda) {
        var t = COHORT.as("t");
        var m = MEASUREMENT;
        Field<LocalDate> end = DateMath.plusDays(t.COHORT_START_DATE, neda.periodDays() - 1);
        var op = OBSERVATION_PERIOD;
        return select(id, t.SUBJECT_ID, t.COHORT_START_DATE, end)
                .from(t)
                .join(m).on(m.PERSON_ID.eq(t.SUBJECT_ID))
                .and(m.MEASUREMENT_CONCEPT_ID.in(concepts.newOrEnlargingT2(), concepts.gdLesions()))
                .and(m.MEASUREMENT_DATE.between(t.COHORT_START_DATE, end))
                .where(t.COHORT_DEFINITION_ID.eq(neda.targetCohortId()))
                .and(exists(selectOne().from(op).where(op.PERSON_ID.eq(t.SUBJECT_ID))
                        .and(op.OBSERVATION_PERIOD_START_DATE.le(t.COHORT_START_DATE))
                        .and(op.OBSERVATION_PERIOD_END_DATE.ge(end))))
                .and(notExists(relapseOnset(t.SUBJECT_ID, t.COHORT_START_DATE, end)))
                .and(notExists(selectOne().from(WORSENING.as("w")).where(of("w", PERSON_ID).eq(t.SUBJECT_ID))
                        .and(of("w", EVENT_DATE).between(t.COHORT_START_DATE, end))))
                .groupBy(t.SUBJECT_ID, t.COHORT_START_DATE)
                .having(max(m.VALUE_AS_NUMBER).isNull().or(max(m.VALUE_AS_NUMBER).le(BigDecimal.ZERO)));
    }

    private Select<?> relapseOnset(Field<Integer> person, Field<LocalDate> from, Field<LocalDate> to) {
        var r = CONDITION_OCCURRENCE;
        return selectOne().from(r).where(r.PERSON_ID.eq(person)).and(r.CONDITION_CONCEPT_ID.eq(concepts.relapse()))
                .and(r.CONDITION_START_DATE.between(from, to));
    }
}
