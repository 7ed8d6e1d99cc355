package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_ERA;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.ConditionEra;

/** ConditionEra criteria. */
final class ConditionEraCompiler {

    Select<Record> compile(ConditionEra criteria, DomainRows rows) {
        var t = CONDITION_ERA.as(CONDITION_ERA.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.CONDITION_ERA_ID, t.CONDITION_CONCEPT_ID,
                t.CONDITION_ERA_START_DATE, t.CONDITION_ERA_END_DATE, null, null),
                t.CONDITION_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.eraStartDate()))
                .where(Filters.date(query.endDate(), criteria.eraEndDate()))
                .where(Filters.numeric(query.column(t.CONDITION_OCCURRENCE_COUNT), criteria.occurrenceCount()))
                .where(Filters.numeric(DateMath.daysBetween(query.column(t.CONDITION_ERA_START_DATE),
                        query.column(t.CONDITION_ERA_END_DATE)), criteria.eraLength()))
                .where(query.age(query.startDate(), criteria.ageAtStart()))
                .where(query.age(query.endDate(), criteria.ageAtEnd()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .build();
    }
}
