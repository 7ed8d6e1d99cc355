package org.myelin.etl.fhir;

import java.time.LocalDateTime;
import java.util.Set;
import org.hl7.fhir.r4.model.Condition;
import org.jooq.TableRecord;
import org.myelin.sql.jooq.cdm.tables.records.ConditionOccurrenceRecord;

/**
 * Condition: a condition_occurrence (or the table of its concept's domain) from onset to abatement, its clinical
 * status kept as source value. Refuted and entered-in-error conditions are skipped by rule.
 */
final class ConditionMapper {

    private static final Set<String> NOT_LOADED = Set.of("refuted", "entered-in-error");

    private final FhirMapping mapping;

    ConditionMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(Condition condition, MappedResource out) throws FhirResourceParser.Rejected {
        String verification = condition.getVerificationStatus().getCodingFirstRep().getCode();
        if (verification != null && NOT_LOADED.contains(verification)) {
            out.skip("Condition: verification status " + verification);
            return;
        }
        String patient = mapping.patient(condition.getSubject(), "Condition.subject");
        FhirConcepts.Coded code = mapping.concepts().code(condition.getCode(), "Condition.code");
        LocalDateTime start = mapping.start(condition.getOnset(), "Condition.onset");
        if (start == null) {
            start = mapping.dates().dateTime(condition.getRecordedDateElement(), "Condition.recordedDate");
        }
        LocalDateTime end = mapping.start(condition.getAbatement(), "Condition.abatement");
        TableRecord<?> row = mapping.router().route(new FhirEvent(code, "Condition",
                FhirMapping.required(start, "Condition.onset[x] and recordedDate"), end, null));
        if (row instanceof ConditionOccurrenceRecord occurrence) {
            occurrence.setConditionStatusSourceValue(condition.getClinicalStatus().getCodingFirstRep().getCode())
                    .setConditionStatusConceptId(0);
        }
        out.add(row, patient, FhirReferences.key(condition.getEncounter()));
    }
}
