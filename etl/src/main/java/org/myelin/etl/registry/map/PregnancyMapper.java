package org.myelin.etl.registry.map;

import java.time.LocalDate;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.RegistryDates;
import org.myelin.etl.registry.read.SourceLine;

/**
 * pregnancies.csv: observations of the pregnancy's start (the raw, possibly partial, date kept), its outcome
 * on the outcome date, and whether a DMT was taken during it.
 */
final class PregnancyMapper implements RegistryRowMapper {

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    PregnancyMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        int person = context.personId(line.get("patient_id"));
        LocalDate start = RegistryDates.imputed(line.get("start_date"));
        values.write(sink, person, start, null, null, new ClinicalValues.Value("MyelinPregnancy", "pregnancy_start", null,
                line.get("start_date"), null, null), false);
        LocalDate outcomeDate = RegistryDates.imputed(line.get("outcome_date"));
        if (line.get("outcome") != null) {
            values.write(sink, person, outcomeDate != null ? outcomeDate : start, null, null,
                    new ClinicalValues.Value("MyelinPregnancy", "pregnancy_outcome", null, line.get("outcome"), null, null), false);
        }
        if (line.get("dmt_exposed") != null) {
            values.write(sink, person, start, null, null, new ClinicalValues.Value("MyelinPregnancy", "dmt_exposed", null,
                    line.get("dmt_exposed"), null, null), false);
        }
    }
}
