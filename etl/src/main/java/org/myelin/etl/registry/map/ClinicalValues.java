package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.derive.DoseEraBuilder;
import org.myelin.etl.load.CdmSink;
import org.myelin.mappings.SourceMappings;
import org.myelin.sql.jooq.cdm.tables.records.MeasurementRecord;
import org.myelin.sql.jooq.cdm.tables.records.ObservationRecord;

/**
 * Writes one recorded value (a score, a count, a lab result, a course) where its concept's domain says:
 * a Measurement concept to measurement, anything else to observation; an unmapped value goes to the table
 * its kind of record usually fills, with concept 0 and its source value kept.
 */
final class ClinicalValues {

    /** One value as the registry recorded it. */
    record Value(String sourceVocabularyId, String sourceCode, @Nullable BigDecimal number, @Nullable String text,
            @Nullable Integer valueConceptId, @Nullable String unit) {

        static Value number(String sourceVocabularyId, String sourceCode, String number, @Nullable String unit) {
            return new Value(sourceVocabularyId, sourceCode, new BigDecimal(number), null, null, unit);
        }
    }

    private final RegistryMappingContext context;

    ClinicalValues(RegistryMappingContext context) {
        this.context = context;
    }

    /** Writes the value into measurement or observation. */
    void write(CdmSink sink, int personId, LocalDate date, @Nullable Integer visitId, @Nullable Integer eventId,
            Value value, boolean usuallyMeasured) {
        SourceMappings.Target target = context.target(value.sourceVocabularyId(), value.sourceCode());
        int concept = target == null ? 0 : target.conceptId();
        boolean measured = target == null ? usuallyMeasured : target.domainId().equals("Measurement");
        String raw = value.number() != null ? value.number().toPlainString() : value.text();
        if (measured) {
            sink.write(new MeasurementRecord()
                    .setMeasurementId(context.nextId(MEASUREMENT))
                    .setPersonId(personId)
                    .setMeasurementConceptId(concept)
                    .setMeasurementDate(date)
                    .setMeasurementTypeConceptId(context.registryType())
                    .setValueAsNumber(value.number())
                    .setValueAsConceptId(value.valueConceptId())
                    .setUnitConceptId(value.unit() == null ? null : context.concept(DoseEraBuilder.UNIT_SOURCE_VOCABULARY, value.unit()))
                    .setUnitSourceValue(value.unit())
                    .setVisitOccurrenceId(visitId)
                    .setMeasurementSourceValue(value.sourceCode())
                    .setMeasurementSourceConceptId(0)
                    .setValueSourceValue(raw)
                    .setMeasurementEventId(eventId));
        } else {
            sink.write(new ObservationRecord()
                    .setObservationId(context.nextId(OBSERVATION))
                    .setPersonId(personId)
                    .setObservationConceptId(concept)
                    .setObservationDate(date)
                    .setObservationTypeConceptId(context.registryType())
                    .setValueAsNumber(value.number())
                    .setValueAsString(value.text())
                    .setValueAsConceptId(value.valueConceptId())
                    .setUnitConceptId(value.unit() == null ? null : context.concept(DoseEraBuilder.UNIT_SOURCE_VOCABULARY, value.unit()))
                    .setUnitSourceValue(value.unit())
                    .setVisitOccurrenceId(visitId)
                    .setObservationSourceValue(value.sourceCode())
                    .setObservationSourceConceptId(0)
                    .setValueSourceValue(raw)
                    .setObservationEventId(eventId));
        }
    }
}
