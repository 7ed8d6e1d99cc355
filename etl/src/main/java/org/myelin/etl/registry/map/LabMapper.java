package org.myelin.etl.registry.map;

import java.time.LocalDate;
import java.util.Set;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;

/** labs.csv: a measurement (or observation) per result, numeric or positive/negative, with its unit. */
final class LabMapper implements RegistryRowMapper {

    private static final Set<String> QUALITATIVE = Set.of("positive", "negative");

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    LabMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        String value = line.get("value");
        String test = line.get("test");
        ClinicalValues.Value result = value == null || QUALITATIVE.contains(value)
                ? new ClinicalValues.Value("MyelinLab", test, null, value, null, line.get("unit"))
                : ClinicalValues.Value.number("MyelinLab", test, value, line.get("unit"));
        values.write(sink, context.personId(line.get("patient_id")), LocalDate.parse(line.get("sample_date")), null, null,
                result, true);
    }
}
