package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.ObservationPeriod;

/** ObservationPeriod criteria, optionally narrowed to a user-defined period inside each observation period. */
final class ObservationPeriodCompiler {

    Select<Record> compile(ObservationPeriod criteria, DomainRows rows) {
        var t = OBSERVATION_PERIOD.as(OBSERVATION_PERIOD.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.OBSERVATION_PERIOD_ID,
                t.PERIOD_TYPE_CONCEPT_ID, t.OBSERVATION_PERIOD_START_DATE, t.OBSERVATION_PERIOD_END_DATE, null, null),
                criteria.first(), criteria.dateAdjustment());
        var start = query.column(t.OBSERVATION_PERIOD_START_DATE);
        var end = query.column(t.OBSERVATION_PERIOD_END_DATE);
        return query
                .userDefinedPeriod(criteria.userDefinedPeriod(), t.OBSERVATION_PERIOD_START_DATE, t.OBSERVATION_PERIOD_END_DATE)
                .where(Filters.date(start, criteria.periodStartDate()))
                .where(Filters.date(end, criteria.periodEndDate()))
                .where(Filters.concepts(query.column(t.PERIOD_TYPE_CONCEPT_ID), criteria.periodType(), criteria.periodTypeExclude()))
                .where(Filters.conceptSet(query.column(t.PERIOD_TYPE_CONCEPT_ID), criteria.periodTypeCS()))
                .where(Filters.numeric(DateMath.daysBetween(start, end), criteria.periodLength()))
                .where(query.age(start, criteria.ageAtStart()))
                .where(query.age(end, criteria.ageAtEnd()))
                .build();
    }
}
