package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.select;
import static org.myelin.sql.jooq.cdm.Tables.CARE_SITE;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.VisitOccurrence;
import org.myelin.sql.UserError;

/** VisitOccurrence criteria; place of service is the visit's care site's place_of_service_concept_id. */
final class VisitOccurrenceCompiler {

    Select<Record> compile(VisitOccurrence criteria, DomainRows rows) {
        if (criteria.placeOfServiceLocation() != null) {
            throw new UserError("VisitOccurrence attribute PlaceOfServiceLocation needs location regions (CDM 6.1), which "
                    + "OMOP CDM v5.4 lacks; remove it from the definition");
        }
        var t = VISIT_OCCURRENCE.as(VISIT_OCCURRENCE.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.VISIT_OCCURRENCE_ID, t.VISIT_CONCEPT_ID,
                t.VISIT_START_DATE, t.VISIT_END_DATE, t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.VISIT_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        Condition placeOfService = and();
        if (!criteria.placeOfService().isEmpty() || criteria.placeOfServiceCS() != null) {
            var site = CARE_SITE.as("cs");
            placeOfService = query.column(t.CARE_SITE_ID).in(select(site.CARE_SITE_ID).from(site)
                    .where(Filters.concepts(site.PLACE_OF_SERVICE_CONCEPT_ID, criteria.placeOfService()))
                    .and(Filters.conceptSet(site.PLACE_OF_SERVICE_CONCEPT_ID, criteria.placeOfServiceCS())));
        }
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.VISIT_TYPE_CONCEPT_ID), criteria.visitType(), criteria.visitTypeExclude()))
                .where(Filters.conceptSet(query.column(t.VISIT_TYPE_CONCEPT_ID), criteria.visitTypeCS()))
                .where(Filters.codeset(query.column(t.VISIT_SOURCE_CONCEPT_ID), criteria.visitSourceConcept()))
                .where(Filters.numeric(DateMath.daysBetween(query.column(t.VISIT_START_DATE), query.column(t.VISIT_END_DATE)),
                        criteria.visitLength()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(placeOfService)
                .build();
    }
}
