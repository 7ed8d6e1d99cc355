package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.noCondition;
import static org.jooq.impl.DSL.nullif;
import static org.jooq.impl.DSL.val;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;

import java.math.BigDecimal;
import java.util.List;
import org.jooq.Condition;
import org.jooq.Record;
import org.jooq.Select;
import org.myelin.cohort.model.Measurement;

/** Measurement criteria: the event ends 1 day after the measurement date, as in Circe. */
final class MeasurementCompiler {

    /**
     * Circe's "abnormal" also accepts a value concept of abnormal low or abnormal high (SNOMED qualifiers 4155142 and
     * 4155143): part of the definition's meaning, not a mapping choice.
     */
    private static final List<Integer> ABNORMAL_VALUE_CONCEPTS = List.of(4155142, 4155143);

    Select<Record> compile(Measurement criteria, DomainRows rows) {
        var t = MEASUREMENT.as(MEASUREMENT.getName());
        DomainQuery query = new DomainQuery(rows, new DomainSource(t, t.PERSON_ID, t.MEASUREMENT_ID, t.MEASUREMENT_CONCEPT_ID,
                t.MEASUREMENT_DATE, DateMath.plusDays(t.MEASUREMENT_DATE, 1), t.VISIT_OCCURRENCE_ID, t.PROVIDER_ID),
                t.MEASUREMENT_CONCEPT_ID, criteria.codesetId(), criteria.first(), criteria.dateAdjustment());
        var value = query.column(t.VALUE_AS_NUMBER);
        var low = query.column(t.RANGE_LOW);
        var high = query.column(t.RANGE_HIGH);
        Condition abnormal = criteria.abnormal()
                ? value.lt(low).or(value.gt(high)).or(query.column(t.VALUE_AS_CONCEPT_ID).in(ABNORMAL_VALUE_CONCEPTS))
                : noCondition();
        return query
                .where(Filters.date(query.startDate(), criteria.occurrenceStartDate()))
                .where(Filters.date(query.endDate(), criteria.occurrenceEndDate()))
                .where(Filters.concepts(query.column(t.MEASUREMENT_TYPE_CONCEPT_ID), criteria.measurementType(),
                        criteria.measurementTypeExclude()))
                .where(Filters.conceptSet(query.column(t.MEASUREMENT_TYPE_CONCEPT_ID), criteria.measurementTypeCS()))
                .where(Filters.concepts(query.column(t.OPERATOR_CONCEPT_ID), criteria.operator()))
                .where(Filters.conceptSet(query.column(t.OPERATOR_CONCEPT_ID), criteria.operatorCS()))
                .where(Filters.numeric(value, criteria.valueAsNumber()))
                .where(Filters.concepts(query.column(t.VALUE_AS_CONCEPT_ID), criteria.valueAsConcept()))
                .where(Filters.conceptSet(query.column(t.VALUE_AS_CONCEPT_ID), criteria.valueAsConceptCS()))
                .where(Filters.concepts(query.column(t.UNIT_CONCEPT_ID), criteria.unit()))
                .where(Filters.conceptSet(query.column(t.UNIT_CONCEPT_ID), criteria.unitCS()))
                .where(Filters.numeric(low, criteria.rangeLow()))
                .where(Filters.numeric(high, criteria.rangeHigh()))
                .where(Filters.numeric(value.div(nullif(low, val(BigDecimal.ZERO))), criteria.rangeLowRatio()))
                .where(Filters.numeric(value.div(nullif(high, val(BigDecimal.ZERO))), criteria.rangeHighRatio()))
                .where(abnormal)
                .where(Filters.codeset(query.column(t.MEASUREMENT_SOURCE_CONCEPT_ID), criteria.measurementSourceConcept()))
                .where(query.age(query.startDate(), criteria.age()))
                .where(query.gender(criteria.gender(), criteria.genderCS()))
                .where(query.providerSpecialty(criteria.providerSpecialty(), criteria.providerSpecialtyCS()))
                .where(query.visitType(criteria.visitType(), criteria.visitTypeCS()))
                .build();
    }
}
