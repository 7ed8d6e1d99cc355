package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.ProcedureOccurrence;

/** ProcedureOccurrence criteria: the event ends 1 day after the procedure date, as in Circe. */
final class ProcedureOccurrenceCompiler {

    Select<Record> compile(ProcedureOccurrence criteria, DomainRows rows) {
        var t = PROCEDURE_OCCURRENCE.as(PROCEDURE_OCCURRENCE.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.PROCEDURE_OCCURRENCE_ID,
                t.PROCEDURE_CONCEPT_ID, t.PROCEDURE_DATE, DateMath.plusDays(t.PROCEDURE_DATE, 1),
                t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.PROCEDURE_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.PROCEDURE_TYPE_CONCEPT_ID), criteria.procedureType(),
                        criteria.procedureTypeExclude()))
                .where(Filters.conceptSet(query.column(t.PROCEDURE_TYPE_CONCEPT_ID), criteria.procedureTypeCS()))
                .where(Filters.concepts(query.column(t.MODIFIER_CONCEPT_ID), criteria.modifier()))
                .where(Filters.conceptSet(query.column(t.MODIFIER_CONCEPT_ID), criteria.modifierCS()))
                .where(Filters.numeric(query.column(t.QUANTITY), criteria.quantity()))
                .where(Filters.codeset(query.column(t.PROCEDURE_SOURCE_CONCEPT_ID), criteria.procedureSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(query.visitType(criteria.visitType(), criteria.visitTypeCS()))
                .build();
    }
}
