package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.myelin.sql.jooq.cdm.Tables.DEVICE_EXPOSURE;

import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.DeviceExposure;

/** DeviceExposure criteria: a missing device_exposure_end_date counts as start + 1 day. */
final class DeviceExposureCompiler {

    Select<Record> compile(DeviceExposure criteria, DomainRows rows) {
        var t = DEVICE_EXPOSURE.as(DEVICE_EXPOSURE.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.DEVICE_EXPOSURE_ID, t.DEVICE_CONCEPT_ID,
                t.DEVICE_EXPOSURE_START_DATE,
                coalesce(t.DEVICE_EXPOSURE_END_DATE, DateMath.plusDays(t.DEVICE_EXPOSURE_START_DATE, 1)),
                t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.DEVICE_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.DEVICE_TYPE_CONCEPT_ID), criteria.deviceType(), criteria.deviceTypeExclude()))
                .where(Filters.conceptSet(query.column(t.DEVICE_TYPE_CONCEPT_ID), criteria.deviceTypeCS()))
                .where(Filters.text(query.column(t.UNIQUE_DEVICE_ID), criteria.uniqueDeviceId()))
                .where(Filters.numeric(query.column(t.QUANTITY), criteria.quantity()))
                .where(Filters.codeset(query.column(t.DEVICE_SOURCE_CONCEPT_ID), criteria.deviceSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(query.visitType(criteria.visitType(), criteria.visitTypeCS()))
                .build();
    }
}
