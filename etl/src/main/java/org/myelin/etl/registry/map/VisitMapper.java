package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import java.time.LocalDate;
import java.util.List;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.VisitOccurrenceRecord;

/**
 * visits.csv: an outpatient visit_occurrence, and a measurement (or observation, as the concept's domain
 * says) for the EDSS, every functional system score, ambulation, T25FW, nine-hole peg test and SDMT, linked
 * to the visit; the course judged at the visit as an observation.
 */
final class VisitMapper implements RegistryRowMapper {

    /** The measured columns of visits.csv, with the UCUM unit of those that have one. */
    private static final List<List<String>> MEASURES = List.of(
            List.of("edss"), List.of("fs_pyramidal"), List.of("fs_cerebellar"), List.of("fs_brainstem"),
            List.of("fs_sensory"), List.of("fs_bowel_bladder"), List.of("fs_visual"), List.of("fs_cerebral"),
            List.of("ambulation"), List.of("t25fw_seconds", "s"), List.of("nhpt_dominant_seconds", "s"),
            List.of("nhpt_nondominant_seconds", "s"), List.of("sdmt_score"));

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    VisitMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        int person = context.personId(line.get("patient_id"));
        LocalDate date = LocalDate.parse(line.get("visit_date"));
        int visit = context.nextId(VISIT_OCCURRENCE);
        sink.write(new VisitOccurrenceRecord()
                .setVisitOccurrenceId(visit)
                .setPersonId(person)
                .setVisitConceptId(context.concept("MyelinVisitType", "outpatient"))
                .setVisitStartDate(date)
                .setVisitEndDate(date)
                .setVisitTypeConceptId(context.registryType())
                .setVisitSourceValue(line.get("visit_id"))
                .setVisitSourceConceptId(0));
        for (List<String> measure : MEASURES) {
            String value = line.get(measure.getFirst());
            if (value != null) {
                values.write(sink, person, date, visit, null, ClinicalValues.Value.number("MyelinVisit", measure.getFirst(),
                        value, measure.size() > 1 ? measure.get(1) : null), true);
            }
        }
        String course = line.get("course");
        if (course != null) {
            values.write(sink, person, date, visit, null, new ClinicalValues.Value("MyelinVisit", "course", null, course,
                    context.concept("MyelinCourse", course), null), false);
        }
    }
}
