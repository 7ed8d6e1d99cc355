package org.myelin.vocab.validate;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_RELATIONSHIP;
import static org.myelin.sql.jooq.vocab.Tables.VOCABULARY;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;
import org.myelin.sql.jooq.vocab.Vocab;

/** Checks the vocabulary in a schema after a load, and reports the version of the live vocabulary. */
public final class VocabularyValidator {

    /** The VOCABULARY row whose version is the version of the whole Athena release. */
    public static final String RELEASE_ROW = "None";

    private final DataSource dataSource;
    private final Schemas schemas;

    public VocabularyValidator(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /** Validates the live vocabulary schema. */
    public ValidationReport validate() {
        return validate(schemas.vocab());
    }

    /** Validates the vocabulary tables in the named schema (the live one or one being loaded). */
    public ValidationReport validate(String vocabSchema) {
        DSLContext sql = in(vocabSchema);
        Map<String, Long> rows = new LinkedHashMap<>();
        for (Table<?> table : Vocab.VOCAB.getTables()) {
            rows.put(table.getName(), (long) sql.fetchCount(table));
        }
        long relationships = sql.fetchCount(CONCEPT_RELATIONSHIP,
                missing(CONCEPT_RELATIONSHIP.CONCEPT_ID_1).or(missing(CONCEPT_RELATIONSHIP.CONCEPT_ID_2)));
        long ancestors = sql.fetchCount(CONCEPT_ANCESTOR,
                missing(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID).or(missing(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID)));
        long withoutSelf = sql.fetchCount(CONCEPT, CONCEPT.STANDARD_CONCEPT.eq("S").andNotExists(
                DSL.selectOne().from(CONCEPT_ANCESTOR)
                        .where(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID.eq(CONCEPT.CONCEPT_ID))
                        .and(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID.eq(CONCEPT.CONCEPT_ID))));
        return new ValidationReport(vocabSchema, rows, relationships, ancestors, withoutSelf, version(sql).orElse(null));
    }

    /** The version of the live vocabulary (the VOCABULARY row {@code None}), empty when none is loaded. */
    public Optional<String> version() {
        DSLContext sql = in(schemas.vocab());
        boolean exists = sql.fetchExists(DSL.selectOne().from("information_schema.tables")
                .where(DSL.field("table_schema").eq(schemas.vocab()))
                .and(DSL.field("table_name").eq(VOCABULARY.getName())));
        return exists ? version(sql) : Optional.empty();
    }

    private static Optional<String> version(DSLContext sql) {
        return sql.select(VOCABULARY.VOCABULARY_VERSION).from(VOCABULARY)
                .where(VOCABULARY.VOCABULARY_ID.eq(RELEASE_ROW))
                .fetchOptional(VOCABULARY.VOCABULARY_VERSION);
    }

    private static Condition missing(Field<Integer> conceptId) {
        return DSL.notExists(DSL.selectOne().from(CONCEPT).where(CONCEPT.CONCEPT_ID.eq(conceptId)));
    }

    private DSLContext in(String vocabSchema) {
        Schemas target = new Schemas(schemas.cdm(), vocabSchema, schemas.results(), schemas.myelin());
        return DSL.using(dataSource, Schemas.dialect(), target.settings());
    }
}
