package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.ConditionOccurrence;

/** ConditionOccurrence criteria: a missing condition_end_date counts as start + 1 day. */
final class ConditionOccurrenceCompiler {

    Select<Record> compile(ConditionOccurrence criteria, DomainRows rows) {
        var t = CONDITION_OCCURRENCE.as(CONDITION_OCCURRENCE.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.CONDITION_OCCURRENCE_ID,
                t.CONDITION_CONCEPT_ID, t.CONDITION_START_DATE,
                coalesce(t.CONDITION_END_DATE, DateMath.plusDays(t.CONDITION_START_DATE, 1)),
                t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.CONDITION_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.CONDITION_TYPE_CONCEPT_ID), criteria.conditionType(),
                        criteria.conditionTypeExclude()))
                .where(Filters.conceptSet(query.column(t.CONDITION_TYPE_CONCEPT_ID), criteria.conditionTypeCS()))
                .where(Filters.text(query.column(t.STOP_REASON), criteria.stopReason()))
                .where(Filters.codeset(query.column(t.CONDITION_SOURCE_CONCEPT_ID), criteria.conditionSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(query.visitType(criteria.visitType(), criteria.visitTypeCS()))
                .where(Filters.concepts(query.column(t.CONDITION_STATUS_CONCEPT_ID), criteria.conditionStatus()))
                .where(Filters.conceptSet(query.column(t.CONDITION_STATUS_CONCEPT_ID), criteria.conditionStatusCS()))
                .build();
    }
}
