package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.coalesce;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;

import java.time.LocalDate;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.DrugExposure;
import org.myelin.sql.UserError;

/** DrugExposure criteria: the end date falls back to start + days_supply, then to start + 1 day. */
final class DrugExposureCompiler {

    /** The drug exposure end date with Circe's fallbacks, over the table {@code t} (aliased or not). */
    static Field<LocalDate> endDate(org.myelin.sql.jooq.cdm.tables.DrugExposure t) {
        return coalesce(t.DRUG_EXPOSURE_END_DATE, DateMath.plusDays(t.DRUG_EXPOSURE_START_DATE, t.DAYS_SUPPLY),
                DateMath.plusDays(t.DRUG_EXPOSURE_START_DATE, 1));
    }

    Select<Record> compile(DrugExposure criteria, DomainRows rows) {
        if (criteria.effectiveDrugDose() != null || !criteria.doseUnit().isEmpty() || criteria.doseUnitCS() != null) {
            throw new UserError("DrugExposure attributes EffectiveDrugDose and DoseUnit need columns that OMOP CDM v5.4 "
                    + "no longer has (drug_exposure.effective_drug_dose, dose_unit_concept_id); remove them from the definition");
        }
        var t = DRUG_EXPOSURE.as(DRUG_EXPOSURE.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.DRUG_EXPOSURE_ID, t.DRUG_CONCEPT_ID,
                t.DRUG_EXPOSURE_START_DATE, endDate(t), t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.DRUG_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.DRUG_TYPE_CONCEPT_ID), criteria.drugType(), criteria.drugTypeExclude()))
                .where(Filters.conceptSet(query.column(t.DRUG_TYPE_CONCEPT_ID), criteria.drugTypeCS()))
                .where(Filters.text(query.column(t.STOP_REASON), criteria.stopReason()))
                .where(Filters.numeric(query.column(t.REFILLS), criteria.refills()))
                .where(Filters.numeric(query.column(t.QUANTITY), criteria.quantity()))
                .where(Filters.numeric(query.column(t.DAYS_SUPPLY), criteria.daysSupply()))
                .where(Filters.concepts(query.column(t.ROUTE_CONCEPT_ID), criteria.routeConcept()))
                .where(Filters.conceptSet(query.column(t.ROUTE_CONCEPT_ID), criteria.routeConceptCS()))
                .where(Filters.text(query.column(t.LOT_NUMBER), criteria.lotNumber()))
                .where(Filters.codeset(query.column(t.DRUG_SOURCE_CONCEPT_ID), criteria.drugSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(query.visitType(criteria.visitType(), criteria.visitTypeCS()))
                .build();
    }
}
