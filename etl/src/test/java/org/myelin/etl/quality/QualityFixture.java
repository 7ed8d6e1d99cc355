package org.myelin.etl.quality;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.TestDatabase;

/** The vocabulary rows the data-quality tests share: the concepts the bundled thresholds file names, under test ids. */
final class QualityFixture {

    private QualityFixture() {
    }

    /**
     * The database's schemas with the shared vocabulary rows, and an empty CDM schema {@code cdmSchema} made by the
     * CDM changesets {@code labels} selects (null: all, keys included); returns the database to seed it through.
     */
    static DSLContext cdm(TestDatabase database, String cdmSchema, @Nullable String labels) {
        database.migrate();
        DSLContext sql = database.sql();
        insertVocabulary(sql);
        new SchemaMigrator(database.dataSource()).migrate(SchemaKind.CDM, cdmSchema, labels);
        return sql;
    }

    static void insertVocabulary(DSLContext sql) {
        sql.execute("""
                insert into vocab.concept (concept_id, concept_name, domain_id, vocabulary_id, concept_class_id,
                    standard_concept, concept_code, valid_start_date, valid_end_date, invalid_reason) values
                (0, 'No matching concept', 'Metadata', 'None', 'Undefined', null, 'No matching concept', '1970-01-01', '2099-12-31', null),
                (8507, 'MALE', 'Gender', 'Gender', 'Gender', 'S', 'M', '1970-01-01', '2099-12-31', null),
                (8532, 'FEMALE', 'Gender', 'Gender', 'Gender', 'S', 'F', '1970-01-01', '2099-12-31', null),
                (32817, 'EHR', 'Type Concept', 'Type Concept', 'Type Concept', 'S', 'OMOP4976890', '1970-01-01', '2099-12-31', null),
                (201, 'Multiple sclerosis', 'Condition', 'SNOMED', 'Disorder', 'S', '24700007', '1970-01-01', '2099-12-31', null),
                (202, 'Mastitis', 'Condition', 'SNOMED', 'Disorder', 'S', '289256000', '1970-01-01', '2099-12-31', null),
                (300, 'EDSS', 'Measurement', 'SNOMED', 'Staging / Scales', 'S', '273554001', '1970-01-01', '2099-12-31', null),
                (301, 'FS pyramidal', 'Measurement', 'Myelin', 'Staging / Scales', 'S', 'fs-pyramidal', '1970-01-01', '2099-12-31', null),
                (400, 'natalizumab', 'Drug', 'RxNorm', 'Ingredient', 'S', '354770', '1970-01-01', '2099-12-31', null),
                (401, 'natalizumab 300 MG Injection', 'Drug', 'RxNorm', 'Clinical Drug', 'S', '1234', '1970-01-01', '2099-12-31', null),
                (500, 'MS relapse', 'Condition', 'Myelin', 'Clinical Finding', 'S', 'ms-relapse', '1970-01-01', '2099-12-31', null),
                (600, 'Old code', 'Condition', 'ICD10', 'ICD10 code', null, 'G35', '1970-01-01', '2099-12-31', null),
                (700, 'Body height', 'Measurement', 'LOINC', 'Clinical Observation', 'S', '8302-2', '1970-01-01', '2099-12-31', null),
                (701, 'centimeter', 'Unit', 'UCUM', 'Unit', 'S', 'cm', '1970-01-01', '2099-12-31', null),
                (702, 'kilogram', 'Unit', 'UCUM', 'Unit', 'S', 'kg', '1970-01-01', '2099-12-31', null)
                """);
        sql.execute("""
                insert into vocab.concept_ancestor (ancestor_concept_id, descendant_concept_id, min_levels_of_separation,
                    max_levels_of_separation) values (400, 400, 0, 0), (400, 401, 1, 1), (201, 201, 0, 0)
                """);
    }
}
