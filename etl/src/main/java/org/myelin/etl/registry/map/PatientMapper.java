package org.myelin.etl.registry.map;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;

import java.time.LocalDate;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.CdmSink;
import org.myelin.etl.registry.read.RegistryDates;
import org.myelin.etl.registry.read.SourceLine;
import org.myelin.sql.jooq.cdm.tables.records.ConditionOccurrenceRecord;
import org.myelin.sql.jooq.cdm.tables.records.DeathRecord;
import org.myelin.sql.jooq.cdm.tables.records.LocationRecord;
import org.myelin.sql.jooq.cdm.tables.records.PersonRecord;

/**
 * patients.csv: the person (sex, birth to the precision known, main centre, country), the death, the
 * diagnosis as a condition (MS, or CIS or RIS as conditions of their own), and onset, course at diagnosis,
 * diagnosis criteria, onset symptoms and progression onset as observations.
 */
final class PatientMapper implements RegistryRowMapper {

    /** Courses at diagnosis that are conditions of their own rather than multiple sclerosis. */
    private static final Map<String, String> OWN_CONDITIONS = Map.of("CIS", "CIS", "RIS", "RIS");

    private final RegistryMappingContext context;
    private final ClinicalValues values;

    PatientMapper(RegistryMappingContext context) {
        this.context = context;
        this.values = new ClinicalValues(context);
    }

    @Override
    public void map(SourceLine line, CdmSink sink) {
        int person = context.personId(line.get("patient_id"));
        String birth = line.get("birth_date");
        String centre = line.get("centre_id");
        String country = line.get("country");
        Integer location = null;
        if (country != null) {
            location = context.locationId("country:" + country);
            if (context.firstUseOfLocation("country:" + country)) {
                sink.write(new LocationRecord().setLocationId(location).setCountrySourceValue(country)
                        .setLocationSourceValue("country " + country));
            }
        }
        sink.write(new PersonRecord()
                .setPersonId(person)
                .setGenderConceptId(context.concept("MyelinGender", line.get("sex")))
                .setYearOfBirth(birth == null ? null : Integer.valueOf(birth.substring(0, 4)))
                .setMonthOfBirth(birth == null || birth.length() < 7 ? null : Integer.valueOf(birth.substring(5, 7)))
                .setDayOfBirth(birth == null || birth.length() < 10 ? null : Integer.valueOf(birth.substring(8, 10)))
                .setRaceConceptId(0)
                .setEthnicityConceptId(0)
                .setLocationId(location)
                .setCareSiteId(centre != null && context.hasCareSite(centre) ? context.careSiteId(centre) : null)
                .setPersonSourceValue(line.get("patient_id"))
                .setGenderSourceValue(line.get("sex"))
                .setGenderSourceConceptId(0));
        LocalDate death = RegistryDates.imputed(line.get("death_date"));
        if (death != null) {
            sink.write(new DeathRecord().setPersonId(person).setDeathDate(death)
                    .setDeathTypeConceptId(context.registryType()));
        }
        LocalDate diagnosis = RegistryDates.imputed(line.get("diagnosis_date"));
        String course = line.get("initial_course");
        if (diagnosis != null) {
            String condition = course == null ? "MS" : OWN_CONDITIONS.getOrDefault(course, "MS");
            String vocabulary = OWN_CONDITIONS.containsKey(condition) ? "MyelinCourse" : "MyelinDiagnosis";
            sink.write(new ConditionOccurrenceRecord()
                    .setConditionOccurrenceId(context.nextId(CONDITION_OCCURRENCE))
                    .setPersonId(person)
                    .setConditionConceptId(context.concept(vocabulary, condition))
                    .setConditionStartDate(diagnosis)
                    .setConditionTypeConceptId(context.registryType())
                    .setConditionSourceValue(line.get("diagnosis_date").length() == 10 ? condition
                            : condition + " (diagnosed " + line.get("diagnosis_date") + ")")
                    .setConditionSourceConceptId(0));
        }
        observe(sink, person, line, "onset_date", "onset_date", null);
        observe(sink, person, line, "progression_onset_date", "progression_onset_date", null);
        observe(sink, person, line, "diagnosis_date", "diagnosis_criteria", line.get("diagnosis_criteria"));
        observe(sink, person, line, "diagnosis_date", "initial_course", course);
        observe(sink, person, line, "onset_date", "onset_symptoms", line.get("onset_symptoms"));
    }

    /**
     * An observation dated by {@code dateColumn}: the date itself when {@code value} is null (onset, progression
     * onset), else the value as text and, for a course, as a concept. The raw partial date stays in the source value.
     */
    private void observe(CdmSink sink, int person, SourceLine line, String dateColumn, String what, @Nullable String value) {
        LocalDate date = RegistryDates.imputed(line.get(dateColumn));
        if (date == null || (value == null && !what.equals(dateColumn))) {
            return;
        }
        String text = value == null ? line.get(dateColumn) : value;
        Integer valueConcept = what.equals("initial_course") ? context.concept("MyelinCourse", value) : null;
        values.write(sink, person, date, null, null,
                new ClinicalValues.Value("MyelinPatient", what, null, text, valueConcept, null), false);
    }
}
