package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.ConditionOccurrenceRecord;

/**
 * adverse_events.csv: the event as a condition occurrence (its MedDRA code or reported term as the source
 * value, the outcome as the status), with seriousness and the suspected treatment as observations pointing
 * at it; the suspected treatment's drug_exposure id is the observation's value.
 */
final class AdverseEventMapper implements RegistryRowMapper {

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    AdverseEventMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        int person = context.personId(line.get("patient_id"));
        LocalDate onset = LocalDate.parse(line.get("onset_date"));
        String meddra = line.get("meddra_code");
        String term = line.get("description");
        String source = meddra == null ? term : term == null ? "MedDRA " + meddra : "MedDRA " + meddra + " " + term;
        int event = context.nextId(CONDITION_OCCURRENCE);
        sink.write(new ConditionOccurrenceRecord()
                .setConditionOccurrenceId(event)
                .setPersonId(person)
                .setConditionConceptId(meddra == null ? 0 : context.concept("MedDRA", meddra))
                .setConditionStartDate(onset)
                .setConditionTypeConceptId(context.registryType())
                .setConditionStatusSourceValue(line.get("outcome"))
                .setConditionSourceValue(source == null ? null : source.length() > 50 ? source.substring(0, 50) : source)
                .setConditionSourceConceptId(0));
        if (line.get("serious") != null) {
            values.write(sink, person, onset, null, event,
                    new ClinicalValues.Value("MyelinAdverseEvent", "serious", null, line.get("serious"), null, null), false);
        }
        String suspected = line.get("suspected_treatment_id");
        Integer exposure = suspected == null ? null : context.treatment(suspected);
        if (exposure != null) {
            values.write(sink, person, onset, null, event, new ClinicalValues.Value("MyelinAdverseEvent",
                    "suspected_treatment", BigDecimal.valueOf(exposure), suspected, null, null), false);
        }
    }
}
