package org.myelin.cohort.compile;

import static org.myelin.sql.jooq.cdm.Tables.OBSERVATION_PERIOD;
import static org.myelin.sql.jooq.cdm.Tables.PERSON;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.time.LocalDate;
import org.jooq.DSLContext;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.TestDatabase;

/** Empty CDM, vocabulary and results schemas under the default names, for tests that write their few rows by hand. */
final class HandBuiltCdm {

    private HandBuiltCdm() {
    }

    /** Creates the schemas (tables only, no keys) and returns the database to write rows to. */
    static DSLContext create(TestDatabase database) {
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource());
        migrator.migrate(SchemaKind.CDM, "cdm", SchemaMigrator.TABLES_ONLY);
        migrator.migrate(SchemaKind.VOCAB, "vocab", SchemaMigrator.TABLES_ONLY);
        migrator.migrate(SchemaKind.RESULTS, "results", null);
        return database.sql();
    }

    /** Valid concepts with these ids (a concept set holds only concepts the vocabulary knows). */
    static void concepts(DSLContext sql, int... ids) {
        for (int id : ids) {
            sql.insertInto(CONCEPT).set(CONCEPT.CONCEPT_ID, id).set(CONCEPT.CONCEPT_NAME, "c" + id)
                    .set(CONCEPT.DOMAIN_ID, "Condition").set(CONCEPT.VOCABULARY_ID, "Test").set(CONCEPT.CONCEPT_CLASS_ID, "Test")
                    .set(CONCEPT.CONCEPT_CODE, "c" + id).set(CONCEPT.VALID_START_DATE, LocalDate.parse("2000-01-01"))
                    .set(CONCEPT.VALID_END_DATE, LocalDate.parse("2099-12-31")).execute();
        }
    }

    /** A person and one observation period, both with the person's id. */
    static void person(DSLContext sql, int id, int gender, int yearOfBirth, String observedFrom, String observedUntil) {
        sql.insertInto(PERSON, PERSON.PERSON_ID, PERSON.GENDER_CONCEPT_ID, PERSON.YEAR_OF_BIRTH, PERSON.RACE_CONCEPT_ID,
                PERSON.ETHNICITY_CONCEPT_ID).values(id, gender, yearOfBirth, 0, 0).execute();
        sql.insertInto(OBSERVATION_PERIOD, OBSERVATION_PERIOD.OBSERVATION_PERIOD_ID, OBSERVATION_PERIOD.PERSON_ID,
                OBSERVATION_PERIOD.OBSERVATION_PERIOD_START_DATE, OBSERVATION_PERIOD.OBSERVATION_PERIOD_END_DATE,
                OBSERVATION_PERIOD.PERIOD_TYPE_CONCEPT_ID)
                .values(id, id, LocalDate.parse(observedFrom), LocalDate.parse(observedUntil), 0).execute();
    }
}
