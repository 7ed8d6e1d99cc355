package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;

import java.time.LocalDate;
import java.util.List;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.RegistryDates;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.ConditionOccurrenceRecord;
import org.myelin.sql.jooq.cdm.tables.records.DrugExposureRecord;

/**
 * relapses.csv: the relapse as a condition occurrence from onset to end; its severity, recovery and the
 * functional systems involved as observations pointing at it (observation_event_id); a methylprednisolone
 * exposure on the onset day where the relapse was steroid-treated (the registry gives no course length, so
 * it ends the next day, OMOP's rule for an exposure without end or supply).
 */
final class RelapseMapper implements RegistryRowMapper {

    private static final List<String> ATTRIBUTES = List.of("severity", "recovery", "systems_involved");

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    RelapseMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        int person = context.personId(line.get("patient_id"));
        LocalDate onset = LocalDate.parse(line.get("onset_date"));
        int relapse = context.nextId(CONDITION_OCCURRENCE);
        sink.write(new ConditionOccurrenceRecord()
                .setConditionOccurrenceId(relapse)
                .setPersonId(person)
                .setConditionConceptId(context.concept("MyelinEvent", "relapse"))
                .setConditionStartDate(onset)
                .setConditionEndDate(RegistryDates.imputed(line.get("end_date")))
                .setConditionTypeConceptId(context.registryType())
                .setConditionSourceValue(line.get("relapse_id") == null ? "relapse" : "relapse " + line.get("relapse_id"))
                .setConditionSourceConceptId(0));
        for (String attribute : ATTRIBUTES) {
            String value = line.get(attribute);
            if (value != null) {
                values.write(sink, person, onset, null, relapse,
                        new ClinicalValues.Value("MyelinRelapse", attribute, null, value, null, null), false);
            }
        }
        if ("Y".equals(line.get("steroid_treated"))) {
            sink.write(new DrugExposureRecord()
                    .setDrugExposureId(context.nextId(DRUG_EXPOSURE))
                    .setPersonId(person)
                    .setDrugConceptId(context.concept("MyelinDrug", "methylprednisolone"))
                    .setDrugExposureStartDate(onset)
                    .setDrugExposureEndDate(onset.plusDays(1))
                    .setDrugTypeConceptId(context.registryType())
                    .setDrugSourceValue("methylprednisolone (relapse treatment)")
                    .setDrugSourceConceptId(0));
        }
    }
}
