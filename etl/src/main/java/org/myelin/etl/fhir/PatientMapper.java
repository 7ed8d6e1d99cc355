package org.myelin.etl.fhir;

import java.time.LocalDateTime;
import org.hl7.fhir.r4.model.DateTimeType;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.Patient;
import ca.uhn.fhir.model.api.TemporalPrecisionEnum;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.jooq.cdm.tables.records.DeathRecord;
import org.myelin.sql.jooq.cdm.tables.records.PersonRecord;

/**
 * Patient: the person (gender, birth date to its precision) and the death from {@code deceasedDateTime}. A Patient
 * with an identifier of the link system is the registry patient of that id: SQL gives it the registry's person.
 */
final class PatientMapper {

    private static final String GENDER_SYSTEM = "http://hl7.org/fhir/administrative-gender";

    private final FhirMapping mapping;

    PatientMapper(FhirMapping mapping) {
        this.mapping = mapping;
    }

    void map(Patient patient, MappedResource out) throws FhirResourceParser.Rejected {
        String key = out.self();
        String gender = patient.hasGender() ? patient.getGender().toCode() : null;
        FhirConcepts.Coded genderConcept = gender == null ? FhirConcepts.Coded.NONE : mapping.concepts().code(GENDER_SYSTEM, gender);
        PersonRecord person = new PersonRecord()
                .setGenderConceptId(genderConcept.conceptId())
                .setRaceConceptId(0)
                .setEthnicityConceptId(0)
                .setPersonSourceValue(patient.getIdElement().hasIdPart() ? patient.getIdElement().getIdPart() : key)
                .setGenderSourceValue(gender)
                .setGenderSourceConceptId(0);
        LocalDateTime birth = mapping.dates().dateTime(patient.getBirthDateElement(), "Patient.birthDate");
        if (birth != null) {
            TemporalPrecisionEnum precision = patient.getBirthDateElement().getPrecision();
            person.setYearOfBirth(birth.getYear())
                    .setMonthOfBirth(precision.ordinal() >= TemporalPrecisionEnum.MONTH.ordinal() ? birth.getMonthValue() : null)
                    .setDayOfBirth(precision.ordinal() >= TemporalPrecisionEnum.DAY.ordinal() ? birth.getDayOfMonth() : null)
                    .setBirthDatetime(precision.ordinal() >= TemporalPrecisionEnum.DAY.ordinal() ? birth : null);
        }
        out.add(person, key, null, registryId(patient));
        if (patient.getDeceased() instanceof DateTimeType deceased) {
            LocalDateTime death = mapping.dates().dateTime(deceased, "Patient.deceasedDateTime");
            if (death != null) {
                out.add(new DeathRecord().setDeathDate(death.toLocalDate()).setDeathDatetime(death)
                        .setDeathTypeConceptId(mapping.router().typeConceptId()), key, null);
            }
        }
        out.referenceable("Patient", null);
    }

    private @Nullable String registryId(Patient patient) {
        for (Identifier identifier : patient.getIdentifier()) {
            if (mapping.linkSystem().equals(identifier.getSystem()) && identifier.hasValue()) {
                return identifier.getValue();
            }
        }
        return null;
    }
}
