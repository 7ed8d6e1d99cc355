package org.myelin.vocab.coverage;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DEATH;
import static org.myelin.sql.jooq.cdm.Tables.DEVICE_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.cdm.Tables.PROCEDURE_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.SPECIMEN;
import static org.myelin.sql.jooq.cdm.Tables.VISIT_OCCURRENCE;

import java.util.List;
import org.jooq.Field;
import org.jooq.Table;

/** A CDM concept column and the source-value column the ETL kept beside it. */
record CoverageField(Table<?> table, Field<Integer> concept, Field<String> sourceValue) {

    /** The concept columns a site maps from source values, in the order the report lists them. */
    static final List<CoverageField> ALL = List.of(
            new CoverageField(PERSON, PERSON.GENDER_CONCEPT_ID, PERSON.GENDER_SOURCE_VALUE),
            new CoverageField(PERSON, PERSON.RACE_CONCEPT_ID, PERSON.RACE_SOURCE_VALUE),
            new CoverageField(PERSON, PERSON.ETHNICITY_CONCEPT_ID, PERSON.ETHNICITY_SOURCE_VALUE),
            new CoverageField(VISIT_OCCURRENCE, VISIT_OCCURRENCE.VISIT_CONCEPT_ID, VISIT_OCCURRENCE.VISIT_SOURCE_VALUE),
            new CoverageField(CONDITION_OCCURRENCE, CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID,
                    CONDITION_OCCURRENCE.CONDITION_SOURCE_VALUE),
            new CoverageField(DRUG_EXPOSURE, DRUG_EXPOSURE.DRUG_CONCEPT_ID, DRUG_EXPOSURE.DRUG_SOURCE_VALUE),
            new CoverageField(DRUG_EXPOSURE, DRUG_EXPOSURE.ROUTE_CONCEPT_ID, DRUG_EXPOSURE.ROUTE_SOURCE_VALUE),
            new CoverageField(PROCEDURE_OCCURRENCE, PROCEDURE_OCCURRENCE.PROCEDURE_CONCEPT_ID,
                    PROCEDURE_OCCURRENCE.PROCEDURE_SOURCE_VALUE),
            new CoverageField(DEVICE_EXPOSURE, DEVICE_EXPOSURE.DEVICE_CONCEPT_ID, DEVICE_EXPOSURE.DEVICE_SOURCE_VALUE),
            new CoverageField(MEASUREMENT, MEASUREMENT.MEASUREMENT_CONCEPT_ID, MEASUREMENT.MEASUREMENT_SOURCE_VALUE),
            new CoverageField(MEASUREMENT, MEASUREMENT.UNIT_CONCEPT_ID, MEASUREMENT.UNIT_SOURCE_VALUE),
            new CoverageField(MEASUREMENT, MEASUREMENT.VALUE_AS_CONCEPT_ID, MEASUREMENT.VALUE_SOURCE_VALUE),
            new CoverageField(OBSERVATION, OBSERVATION.OBSERVATION_CONCEPT_ID, OBSERVATION.OBSERVATION_SOURCE_VALUE),
            new CoverageField(OBSERVATION, OBSERVATION.VALUE_AS_CONCEPT_ID, OBSERVATION.VALUE_SOURCE_VALUE),
            new CoverageField(DEATH, DEATH.CAUSE_CONCEPT_ID, DEATH.CAUSE_SOURCE_VALUE),
            new CoverageField(SPECIMEN, SPECIMEN.SPECIMEN_CONCEPT_ID, SPECIMEN.SPECIMEN_SOURCE_VALUE));
}
