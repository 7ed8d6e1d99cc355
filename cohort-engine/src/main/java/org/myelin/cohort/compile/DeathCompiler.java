package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.Death;

/** Death criteria: death has no id of its own, so the person id is the event id; the event ends a day later. */
final class DeathCompiler {

    Select<Record> compile(Death criteria, DomainRows rows) {
        var t = DEATH.as(DEATH.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.PERSON_ID, t.CAUSE_CONCEPT_ID,
                t.DEATH_DATE, DateMath.plusDays(t.DEATH_DATE, 1), null, null),
                coalesce(t.CAUSE_CONCEPT_ID, val(0)), criteria.codesetId(), false, criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.concepts(query.column(t.DEATH_TYPE_CONCEPT_ID), criteria.deathType(), criteria.deathTypeExclude()))
                .where(Filters.conceptSet(query.column(t.DEATH_TYPE_CONCEPT_ID), criteria.deathTypeCS()))
                .where(Filters.codeset(query.column(t.CAUSE_SOURCE_CONCEPT_ID), criteria.deathSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .build();
    }
}
