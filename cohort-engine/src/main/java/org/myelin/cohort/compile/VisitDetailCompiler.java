package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.and;
import static org.jooq.impl.DSL.select;
import static org.myelin.sql.jooq.cdm.Tables.CARE_SITE;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_DETAIL;

import java.util.List;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.VisitDetail;
import org.myelin.sql.UserError;

/** VisitDetail criteria (concept-set attributes only, as in Circe). */
final class VisitDetailCompiler {

    Select<Record> compile(VisitDetail criteria, DomainRows rows) {
        if (criteria.placeOfServiceLocation() != null) {
            throw new UserError("VisitDetail attribute PlaceOfServiceLocation needs location regions (CDM 6.1), which "
                    + "OMOP CDM v5.4 lacks; remove it from the definition");
        }
        var t = VISIT_DETAIL.as(VISIT_DETAIL.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.VISIT_DETAIL_ID, t.VISIT_DETAIL_CONCEPT_ID,
                t.VISIT_DETAIL_START_DATE, t.VISIT_DETAIL_END_DATE, t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.VISIT_DETAIL_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        Condition placeOfService = and();
        if (criteria.placeOfServiceCS() != null) {
            var site = CARE_SITE.as("cs");
            placeOfService = query.column(t.CARE_SITE_ID).in(select(site.CARE_SITE_ID).from(site)
                    .where(Filters.conceptSet(site.PLACE_OF_SERVICE_CONCEPT_ID, criteria.placeOfServiceCS())));
        }
        return query
                .where(Filters.date(query.startDate(), criteria.visitDetailStartDate()))
                .where(Filters.date(query.endDate(), criteria.visitDetailEndDate()))
                .where(Filters.conceptSet(query.column(t.VISIT_DETAIL_TYPE_CONCEPT_ID), criteria.visitDetailTypeCS()))
                .where(Filters.codeset(query.column(t.VISIT_DETAIL_SOURCE_CONCEPT_ID), criteria.visitDetailSourceConcept()))
                .where(Filters.numeric(DateMath.daysBetween(query.column(t.VISIT_DETAIL_START_DATE),
                        query.column(t.VISIT_DETAIL_END_DATE)), criteria.visitDetailLength()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(List.of(), criteria.genderCS()))
                .where(query.providerSpecialty(List.of(), criteria.providerSpecialtyCS()))
                .where(placeOfService)
                .build();
    }
}
