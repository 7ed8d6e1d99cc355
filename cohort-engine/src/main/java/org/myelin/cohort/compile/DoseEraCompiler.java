package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.DOSE_ERA;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.DoseEra;

/** DoseEra criteria. */
final class DoseEraCompiler {

    Select<Record> compile(DoseEra criteria, DomainRows rows) {
        var t = DOSE_ERA.as(DOSE_ERA.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.DOSE_ERA_ID, t.DRUG_CONCEPT_ID,
                t.DOSE_ERA_START_DATE, t.DOSE_ERA_END_DATE, null, null),
                t.DRUG_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.eraStartDate()))
                .where(Filters.date(query.endDate(), criteria.eraEndDate()))
                .where(Filters.concepts(query.column(t.UNIT_CONCEPT_ID), criteria.unit()))
                .where(Filters.conceptSet(query.column(t.UNIT_CONCEPT_ID), criteria.unitCS()))
                .where(Filters.numeric(query.column(t.DOSE_VALUE), criteria.doseValue()))
                .where(Filters.numeric(DateMath.daysBetween(query.column(t.DOSE_ERA_START_DATE),
                        query.column(t.DOSE_ERA_END_DATE)), criteria.eraLength()))
                .where(query.age(query.startDate(), criteria.ageAtStart()))
                .where(query.age(query.endDate(), criteria.ageAtEnd()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .build();
    }
}
