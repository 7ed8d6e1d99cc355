package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.Observation;

/** Observation criteria: the event ends 1 day after the observation date, as in Circe. */
final class ObservationCompiler {

    Select<Record> compile(Observation criteria, DomainRows rows) {
        var t = OBSERVATION.as(OBSERVATION.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.OBSERVATION_ID, t.OBSERVATION_CONCEPT_ID,
                t.OBSERVATION_DATE, DateMath.plusDays(t.OBSERVATION_DATE, 1), t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.OBSERVATION_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.OBSERVATION_TYPE_CONCEPT_ID), criteria.observationType(),
                        criteria.observationTypeExclude()))
                .where(Filters.conceptSet(query.column(t.OBSERVATION_TYPE_CONCEPT_ID), criteria.observationTypeCS()))
                .where(Filters.numeric(query.column(t.VALUE_AS_NUMBER), criteria.valueAsNumber()))
                .where(Filters.text(query.column(t.VALUE_AS_STRING), criteria.valueAsString()))
                .where(Filters.concepts(query.column(t.VALUE_AS_CONCEPT_ID), criteria.valueAsConcept()))
                .where(Filters.conceptSet(query.column(t.VALUE_AS_CONCEPT_ID), criteria.valueAsConceptCS()))
                .where(Filters.concepts(query.column(t.QUALIFIER_CONCEPT_ID), criteria.qualifier()))
                .where(Filters.conceptSet(query.column(t.QUALIFIER_CONCEPT_ID), criteria.qualifierCS()))
                .where(Filters.concepts(query.column(t.UNIT_CONCEPT_ID), criteria.unit()))
                .where(Filters.conceptSet(query.column(t.UNIT_CONCEPT_ID), criteria.unitCS()))
                .where(Filters.codeset(query.column(t.OBSERVATION_SOURCE_CONCEPT_ID), criteria.observationSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(query.visitType(criteria.visitType(), criteria.visitTypeCS()))
                .build();
    }
}
