package org.myelin.vocab.load;

import static org.jooq.impl.DSL.name;

import org.jooq.DSLContext;
import org.jooq.Name;

/**
 * Carries the site's local concepts (ids from 2,000,000,000) of the live vocabulary into a newly loaded one.
 *
 * <p>A concept the new bundle holds itself wins; the others are copied with their synonyms, relationships
 * and ancestor rows, the local vocabularies, domains, concept classes and relationships they need (those
 * whose own concept id is local), and the site's SOURCE_TO_CONCEPT_MAP when the bundle brings none.
 */
final class LocalConceptKeeper {

    static final int FIRST_LOCAL_CONCEPT_ID = 2_000_000_000;

    private final DSLContext sql;

    LocalConceptKeeper(DSLContext sql) {
        this.sql = sql;
    }

    /** Copies the local rows from the live schema into the new one; returns the number of concepts kept. */
    long keep(String live, String next) {
        return sql.transactionResult(transaction -> {
            DSLContext tx = transaction.dsl();
            Name kept = name("myelin_kept_concept");
            tx.execute("create temporary table {0} on commit drop as select l.concept_id from {1} l"
                    + " where l.concept_id >= {2} and not exists (select 1 from {3} n where n.concept_id = l.concept_id)",
                    kept, name(live, "concept"), FIRST_LOCAL_CONCEPT_ID, name(next, "concept"));
            int concepts = tx.execute("insert into {0} select l.* from {1} l join {2} k using (concept_id)",
                    name(next, "concept"), name(live, "concept"), kept);
            tx.execute("insert into {0} select l.* from {1} l join {2} k using (concept_id)",
                    name(next, "concept_synonym"), name(live, "concept_synonym"), kept);
            tx.execute("insert into {0} select l.* from {1} l where exists (select 1 from {2} k"
                    + " where k.concept_id in (l.concept_id_1, l.concept_id_2))",
                    name(next, "concept_relationship"), name(live, "concept_relationship"), kept);
            tx.execute("insert into {0} select l.* from {1} l where exists (select 1 from {2} k"
                    + " where k.concept_id in (l.ancestor_concept_id, l.descendant_concept_id))",
                    name(next, "concept_ancestor"), name(live, "concept_ancestor"), kept);
            keepLocalReferenceRows(tx, live, next, "vocabulary", "vocabulary_id", "vocabulary_concept_id");
            keepLocalReferenceRows(tx, live, next, "domain", "domain_id", "domain_concept_id");
            keepLocalReferenceRows(tx, live, next, "concept_class", "concept_class_id", "concept_class_concept_id");
            keepLocalReferenceRows(tx, live, next, "relationship", "relationship_id", "relationship_concept_id");
            tx.execute("insert into {0} select * from {1} where not exists (select 1 from {0})",
                    name(next, "source_to_concept_map"), name(live, "source_to_concept_map"));
            return (long) concepts;
        });
    }

    private static void keepLocalReferenceRows(DSLContext tx, String live, String next, String table, String key,
            String conceptId) {
        tx.execute("insert into {0} select l.* from {1} l where l.{2} >= {3}"
                + " and not exists (select 1 from {0} n where n.{4} = l.{4})",
                name(next, table), name(live, table), name(conceptId), FIRST_LOCAL_CONCEPT_ID, name(key));
    }
}
