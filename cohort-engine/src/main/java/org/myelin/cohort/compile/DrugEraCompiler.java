package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.DRUG_ERA;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.DrugEra;

/** DrugEra criteria. */
final class DrugEraCompiler {

    Select<Record> compile(DrugEra criteria, DomainRows rows) {
        var t = DRUG_ERA.as(DRUG_ERA.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.DRUG_ERA_ID, t.DRUG_CONCEPT_ID,
                t.DRUG_ERA_START_DATE, t.DRUG_ERA_END_DATE, null, null),
                t.DRUG_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.eraStartDate()))
                .where(Filters.date(query.endDate(), criteria.eraEndDate()))
                .where(Filters.numeric(query.column(t.DRUG_EXPOSURE_COUNT), criteria.occurrenceCount()))
                .where(Filters.numeric(query.column(t.GAP_DAYS), criteria.gapDays()))
                .where(Filters.numeric(DateMath.daysBetween(query.column(t.DRUG_ERA_START_DATE),
                        query.column(t.DRUG_ERA_END_DATE)), criteria.eraLength()))
                .where(query.age(query.startDate(), criteria.ageAtStart()))
                .where(query.age(query.endDate(), criteria.ageAtEnd()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .build();
    }
}
