package org.myelin.etl.registry.map;

import java.time.LocalDate;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;

/** proms.csv: a measurement (or observation) per instrument score. */
final class PromMapper implements RegistryRowMapper {

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    PromMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        values.write(sink, context.personId(line.get("patient_id")), LocalDate.parse(line.get("date")), null, null,
                ClinicalValues.Value.number("MyelinProm", line.get("instrument"), line.get("score"), null), true);
    }
}
