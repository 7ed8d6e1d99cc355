package org.myelin.vocab.load;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_CLASS;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_RELATIONSHIP;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_SYNONYM;
import static org.myelin.sql.jooq.vocab.Tables.DOMAIN;
import static org.myelin.sql.jooq.vocab.Tables.DRUG_STRENGTH;
import static org.myelin.sql.jooq.vocab.Tables.RELATIONSHIP;
import static org.myelin.sql.jooq.vocab.Tables.VOCABULARY;

import java.util.List;
import java.util.Locale;
import org.jooq.Field;
import org.jooq.Table;

/** The files of an Athena bundle, each loaded into the vocabulary table of the same name with the same columns. */
public enum AthenaFile {
    VOCABULARY_FILE(VOCABULARY),
    DOMAIN_FILE(DOMAIN),
    CONCEPT_CLASS_FILE(CONCEPT_CLASS),
    RELATIONSHIP_FILE(RELATIONSHIP),
    CONCEPT_FILE(CONCEPT),
    CONCEPT_SYNONYM_FILE(CONCEPT_SYNONYM),
    CONCEPT_RELATIONSHIP_FILE(CONCEPT_RELATIONSHIP),
    CONCEPT_ANCESTOR_FILE(CONCEPT_ANCESTOR),
    DRUG_STRENGTH_FILE(DRUG_STRENGTH);

    private final Table<?> table;

    AthenaFile(Table<?> table) {
        this.table = table;
    }

    public Table<?> table() {
        return table;
    }

    /** The file name Athena uses, such as {@code CONCEPT.csv}. */
    public String fileName() {
        return table.getName().toUpperCase(Locale.ROOT) + ".csv";
    }

    /** The columns in Athena's order, which is also the table's order. */
    List<Field<?>> columns() {
        return List.of(table.fields());
    }

    /** Only CONCEPT.csv is required; Athena ships the others, but a bundle may leave them out. */
    boolean required() {
        return this == CONCEPT_FILE;
    }
}
