package org.myelin.etl.fhir;

import org.jooq.TableRecord;
import org.myelin.sql.jooq.cdm.tables.records.ConditionOccurrenceRecord;
import org.myelin.sql.jooq.cdm.tables.records.DrugExposureRecord;
import org.myelin.sql.jooq.cdm.tables.records.MeasurementRecord;
import org.myelin.sql.jooq.cdm.tables.records.ObservationRecord;
import org.myelin.sql.jooq.cdm.tables.records.ProcedureOccurrenceRecord;

/**
 * Chooses a fact's table by the domain of its standard concept, as OHDSI's conventions say (a code with no
 * standard concept goes where its resource usually goes), and fills that table's columns. Surrogate ids, person
 * and visit stay empty: SQL resolves them.
 */
final class FhirEventRouter {

    private final int typeConceptId;

    FhirEventRouter(int typeConceptId) {
        this.typeConceptId = typeConceptId;
    }

    int typeConceptId() {
        return typeConceptId;
    }

    TableRecord<?> route(FhirEvent event) {
        return switch (event.code().domainOr(event.usualDomain())) {
            case "Condition" -> condition(event);
            case "Procedure" -> procedure(event);
            case "Drug" -> drug(event);
            case "Measurement" -> measurement(event);
            default -> observation(event);
        };
    }

    ConditionOccurrenceRecord condition(FhirEvent event) {
        return new ConditionOccurrenceRecord()
                .setConditionConceptId(event.code().conceptId())
                .setConditionStartDate(event.startDate())
                .setConditionStartDatetime(event.start())
                .setConditionEndDate(event.endDate())
                .setConditionEndDatetime(event.end())
                .setConditionTypeConceptId(typeConceptId)
                .setConditionSourceValue(event.code().sourceValue())
                .setConditionSourceConceptId(event.code().sourceConceptId());
    }

    ProcedureOccurrenceRecord procedure(FhirEvent event) {
        return new ProcedureOccurrenceRecord()
                .setProcedureConceptId(event.code().conceptId())
                .setProcedureDate(event.startDate())
                .setProcedureDatetime(event.start())
                .setProcedureEndDate(event.endDate())
                .setProcedureEndDatetime(event.end())
                .setProcedureTypeConceptId(typeConceptId)
                .setProcedureSourceValue(event.code().sourceValue())
                .setProcedureSourceConceptId(event.code().sourceConceptId());
    }

    DrugExposureRecord drug(FhirEvent event) {
        return new DrugExposureRecord()
                .setDrugConceptId(event.code().conceptId())
                .setDrugExposureStartDate(event.startDate())
                .setDrugExposureStartDatetime(event.start())
                .setDrugExposureEndDate(event.endDate() == null ? event.startDate() : event.endDate())
                .setDrugExposureEndDatetime(event.end())
                .setDrugTypeConceptId(typeConceptId)
                .setDrugSourceValue(event.code().sourceValue())
                .setDrugSourceConceptId(event.code().sourceConceptId());
    }

    MeasurementRecord measurement(FhirEvent event) {
        FhirEvent.Value value = event.value();
        MeasurementRecord row = new MeasurementRecord()
                .setMeasurementConceptId(event.code().conceptId())
                .setMeasurementDate(event.startDate())
                .setMeasurementDatetime(event.start())
                .setMeasurementTypeConceptId(typeConceptId)
                .setMeasurementSourceValue(event.code().sourceValue())
                .setMeasurementSourceConceptId(event.code().sourceConceptId());
        if (value != null) {
            row.setValueAsNumber(value.number())
                    .setValueAsConceptId(value.concept().sourceValue() == null ? null : value.concept().conceptId())
                    .setUnitConceptId(value.unit().sourceValue() == null ? null : value.unit().conceptId())
                    .setUnitSourceValue(value.unit().sourceValue())
                    .setUnitSourceConceptId(value.unit().sourceValue() == null ? null : value.unit().sourceConceptId())
                    .setRangeLow(value.rangeLow())
                    .setRangeHigh(value.rangeHigh())
                    .setValueSourceValue(value.sourceValue());
        }
        return row;
    }

    ObservationRecord observation(FhirEvent event) {
        FhirEvent.Value value = event.value();
        ObservationRecord row = new ObservationRecord()
                .setObservationConceptId(event.code().conceptId())
                .setObservationDate(event.startDate())
                .setObservationDatetime(event.start())
                .setObservationTypeConceptId(typeConceptId)
                .setObservationSourceValue(event.code().sourceValue())
                .setObservationSourceConceptId(event.code().sourceConceptId());
        if (value != null) {
            row.setValueAsNumber(value.number())
                    .setValueAsString(value.concept().sourceValue() == null ? value.text() : null)
                    .setValueAsConceptId(value.concept().sourceValue() == null ? null : value.concept().conceptId())
                    .setUnitConceptId(value.unit().sourceValue() == null ? null : value.unit().conceptId())
                    .setUnitSourceValue(value.unit().sourceValue())
                    .setValueSourceValue(value.sourceValue());
        }
        return row;
    }
}
