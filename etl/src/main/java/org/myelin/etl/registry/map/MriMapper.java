package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;

import java.time.LocalDate;
import java.util.List;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.ProcedureOccurrenceRecord;

/** mri.csv: the examination as a procedure_occurrence, and a measurement per lesion count pointing at it. */
final class MriMapper implements RegistryRowMapper {

    private static final List<String> COUNTS = List.of("t2_lesions", "new_or_enlarging_t2", "gd_lesions", "t1_hypointense");

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    MriMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        int person = context.personId(line.get("patient_id"));
        LocalDate date = LocalDate.parse(line.get("exam_date"));
        String region = line.get("region") == null ? "unknown" : line.get("region");
        int exam = context.nextId(PROCEDURE_OCCURRENCE);
        sink.write(new ProcedureOccurrenceRecord()
                .setProcedureOccurrenceId(exam)
                .setPersonId(person)
                .setProcedureConceptId(context.concept("MyelinProcedure", "mri_" + region))
                .setProcedureDate(date)
                .setProcedureTypeConceptId(context.registryType())
                .setProcedureSourceValue("MRI " + region + ("Y".equals(line.get("contrast")) ? " with contrast" : ""))
                .setProcedureSourceConceptId(0));
        for (String count : COUNTS) {
            if (line.get(count) != null) {
                values.write(sink, person, date, null, exam, ClinicalValues.Value.number("MyelinMri", count, line.get(count), null), true);
            }
        }
        if (line.get("t2_lesions_category") != null) {
            values.write(sink, person, date, null, exam, new ClinicalValues.Value("MyelinMri", "t2_lesions_category", null,
                    line.get("t2_lesions_category"), null, null), true);
        }
    }
}
