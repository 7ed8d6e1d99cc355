package org.myelin.cohort.library;

import static org.myelin.sql.jooq.cdm.Tables.CONDITION_OCCURRENCE;
import static org.myelin.sql.jooq.cdm.Tables.DRUG_EXPOSURE;
import static org.myelin.sql.jooq.cdm.Tables.MEASUREMENT;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION;
import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.jooq.DSLContext;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;

/**
 * A small CDM written by hand for phenotype tests: the MS starter vocabulary, then persons, observation periods and
 * clinical rows added one call each. Concepts are found by vocabulary and code (or, for the drugs whose code no public
 * source gave, by name), never by a written id.
 */
public final class MsCdm {

    private final DSLContext sql;
    private final int registry;
    private int nextId = 1;

    public MsCdm(TestDatabase database) {
        database.migrate();
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).loadStarter();
        this.sql = database.sql();
        this.registry = named("Type Concept", "Registry");
    }

    public DSLContext sql() {
        return sql;
    }

    /** The concept with this code in the vocabulary. */
    public int concept(String vocabularyId, String code) {
        return sql.select(CONCEPT.CONCEPT_ID).from(CONCEPT).where(CONCEPT.VOCABULARY_ID.eq(vocabularyId))
                .and(CONCEPT.CONCEPT_CODE.eq(code)).fetchSingle().value1();
    }

    /** The concept with this name in the vocabulary. */
    public int named(String vocabularyId, String name) {
        return sql.select(CONCEPT.CONCEPT_ID).from(CONCEPT).where(CONCEPT.VOCABULARY_ID.eq(vocabularyId))
                .and(CONCEPT.CONCEPT_NAME.eq(name)).fetchSingle().value1();
    }

    /** A person observed from {@code from} to {@code to}. */
    public MsCdm person(int personId, String from, String to) {
        sql.insertInto(PERSON).set(PERSON.PERSON_ID, personId).set(PERSON.GENDER_CONCEPT_ID, concept("Gender", "F"))
                .set(PERSON.YEAR_OF_BIRTH, 1980).set(PERSON.RACE_CONCEPT_ID, 0).set(PERSON.ETHNICITY_CONCEPT_ID, 0)
                .execute();
        sql.insertInto(OBSERVATION_PERIOD).set(OBSERVATION_PERIOD.OBSERVATION_PERIOD_ID, nextId++)
                .set(OBSERVATION_PERIOD.PERSON_ID, personId)
                .set(OBSERVATION_PERIOD.OBSERVATION_PERIOD_START_DATE, LocalDate.parse(from))
                .set(OBSERVATION_PERIOD.OBSERVATION_PERIOD_END_DATE, LocalDate.parse(to))
                .set(OBSERVATION_PERIOD.PERIOD_TYPE_CONCEPT_ID, registry).execute();
        return this;
    }

    public MsCdm condition(int personId, int conceptId, String start) {
        sql.insertInto(CONDITION_OCCURRENCE).set(CONDITION_OCCURRENCE.CONDITION_OCCURRENCE_ID, nextId++)
                .set(CONDITION_OCCURRENCE.PERSON_ID, personId).set(CONDITION_OCCURRENCE.CONDITION_CONCEPT_ID, conceptId)
                .set(CONDITION_OCCURRENCE.CONDITION_START_DATE, LocalDate.parse(start))
                .set(CONDITION_OCCURRENCE.CONDITION_TYPE_CONCEPT_ID, registry).execute();
        return this;
    }

    public MsCdm drug(int personId, int conceptId, String start, String end) {
        sql.insertInto(DRUG_EXPOSURE).set(DRUG_EXPOSURE.DRUG_EXPOSURE_ID, nextId++).set(DRUG_EXPOSURE.PERSON_ID, personId)
                .set(DRUG_EXPOSURE.DRUG_CONCEPT_ID, conceptId)
                .set(DRUG_EXPOSURE.DRUG_EXPOSURE_START_DATE, LocalDate.parse(start))
                .set(DRUG_EXPOSURE.DRUG_EXPOSURE_END_DATE, LocalDate.parse(end))
                .set(DRUG_EXPOSURE.DRUG_TYPE_CONCEPT_ID, registry).execute();
        return this;
    }

    /** An observation, with a value concept where {@code valueConceptId} is not 0 (a course, say). */
    public MsCdm observation(int personId, int conceptId, String date, int valueConceptId) {
        sql.insertInto(OBSERVATION).set(OBSERVATION.OBSERVATION_ID, nextId++).set(OBSERVATION.PERSON_ID, personId)
                .set(OBSERVATION.OBSERVATION_CONCEPT_ID, conceptId)
                .set(OBSERVATION.OBSERVATION_DATE, LocalDate.parse(date))
                .set(OBSERVATION.OBSERVATION_TYPE_CONCEPT_ID, registry)
                .set(OBSERVATION.VALUE_AS_CONCEPT_ID, valueConceptId == 0 ? null : valueConceptId).execute();
        return this;
    }

    public MsCdm measurement(int personId, int conceptId, String date, double value) {
        sql.insertInto(MEASUREMENT).set(MEASUREMENT.MEASUREMENT_ID, nextId++).set(MEASUREMENT.PERSON_ID, personId)
                .set(MEASUREMENT.MEASUREMENT_CONCEPT_ID, conceptId)
                .set(MEASUREMENT.MEASUREMENT_DATE, LocalDate.parse(date))
                .set(MEASUREMENT.MEASUREMENT_TYPE_CONCEPT_ID, registry)
                .set(MEASUREMENT.VALUE_AS_NUMBER, BigDecimal.valueOf(value)).execute();
        return this;
    }
}
