package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.SPECIMEN;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.Specimen;

/** Specimen criteria: the event ends 1 day after the specimen date, as in Circe. */
final class SpecimenCompiler {

    Select<Record> compile(Specimen criteria, DomainRows rows) {
        var t = SPECIMEN.as(SPECIMEN.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.SPECIMEN_ID, t.SPECIMEN_CONCEPT_ID,
                t.SPECIMEN_DATE, DateMath.plusDays(t.SPECIMEN_DATE, 1), null, null),
                t.SPECIMEN_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.concepts(query.column(t.SPECIMEN_TYPE_CONCEPT_ID), criteria.specimenType(),
                        criteria.specimenTypeExclude()))
                .where(Filters.conceptSet(query.column(t.SPECIMEN_TYPE_CONCEPT_ID), criteria.specimenTypeCS()))
                .where(Filters.numeric(query.column(t.QUANTITY), criteria.quantity()))
                .where(Filters.concepts(query.column(t.UNIT_CONCEPT_ID), criteria.unit()))
                .where(Filters.conceptSet(query.column(t.UNIT_CONCEPT_ID), criteria.unitCS()))
                .where(Filters.concepts(query.column(t.ANATOMIC_SITE_CONCEPT_ID), criteria.anatomicSite()))
                .where(Filters.conceptSet(query.column(t.ANATOMIC_SITE_CONCEPT_ID), criteria.anatomicSiteCS()))
                .where(Filters.concepts(query.column(t.DISEASE_STATUS_CONCEPT_ID), criteria.diseaseStatus()))
                .where(Filters.conceptSet(query.column(t.DISEASE_STATUS_CONCEPT_ID), criteria.diseaseStatusCS()))
                .where(Filters.text(query.column(t.SPECIMEN_SOURCE_ID), criteria.sourceId()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .build();
    }
}
