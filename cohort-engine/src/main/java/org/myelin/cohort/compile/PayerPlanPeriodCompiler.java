package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.PAYER_PLAN_PERIOD;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.PayerPlanPeriod;

/** PayerPlanPeriod criteria; its concept attributes name concept sets. */
final class PayerPlanPeriodCompiler {

    Select<Record> compile(PayerPlanPeriod criteria, DomainRows rows) {
        var t = PAYER_PLAN_PERIOD.as(PAYER_PLAN_PERIOD.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.PAYER_PLAN_PERIOD_ID, t.PAYER_CONCEPT_ID,
                t.PAYER_PLAN_PERIOD_START_DATE, t.PAYER_PLAN_PERIOD_END_DATE, null, null),
                criteria.first(), criteria.dateAdjustment());
        var start = query.column(t.PAYER_PLAN_PERIOD_START_DATE);
        var end = query.column(t.PAYER_PLAN_PERIOD_END_DATE);
        return query
                .userDefinedPeriod(criteria.userDefinedPeriod(), t.PAYER_PLAN_PERIOD_START_DATE, t.PAYER_PLAN_PERIOD_END_DATE)
                .where(Filters.date(start, criteria.periodStartDate()))
                .where(Filters.date(end, criteria.periodEndDate()))
                .where(Filters.numeric(DateMath.daysBetween(start, end), criteria.periodLength()))
                .where(query.age(start, criteria.ageAtStart()))
                .where(query.age(end, criteria.ageAtEnd()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(Filters.codeset(query.column(t.PAYER_CONCEPT_ID), criteria.payerConcept()))
                .where(Filters.codeset(query.column(t.PLAN_CONCEPT_ID), criteria.planConcept()))
                .where(Filters.codeset(query.column(t.SPONSOR_CONCEPT_ID), criteria.sponsorConcept()))
                .where(Filters.codeset(query.column(t.STOP_REASON_CONCEPT_ID), criteria.stopReasonConcept()))
                .where(Filters.codeset(query.column(t.PAYER_SOURCE_CONCEPT_ID), criteria.payerSourceConcept()))
                .where(Filters.codeset(query.column(t.PLAN_SOURCE_CONCEPT_ID), criteria.planSourceConcept()))
                .where(Filters.codeset(query.column(t.SPONSOR_SOURCE_CONCEPT_ID), criteria.sponsorSourceConcept()))
                .where(Filters.codeset(query.column(t.STOP_REASON_SOURCE_CONCEPT_ID), criteria.stopReasonSourceConcept()))
                .build();
    }
}
