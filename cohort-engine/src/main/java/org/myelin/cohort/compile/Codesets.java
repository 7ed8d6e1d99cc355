package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.row;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectDistinct;
import static org.jooq.impl.DSL.table;
import static org.jooq.impl.DSL.val;
import static org.jooq.impl.DSL.values;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_RELATIONSHIP;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Query;
import org.jooq.Record1;
import org.jooq.Row2;
import org.jooq.Select;
import org.jooq.Table;
import org.jooq.impl.SQLDataType;
import org.jspecify.annotations.Nullable;
import org.myelin.cohort.model.ConceptSet;
import org.myelin.cohort.model.ConceptSetItem;

/**
 * The temporary {@code codesets(codeset_id, concept_id)} table: each concept set resolved against the vocabulary.
 *
 * <p>A set holds its concepts (from {@code concept}), their valid descendants where includeDescendants is set,
 * and, where includeMapped is set, the concepts that map to those through "Maps to"; the same for the excluded
 * items, which are then removed. A batch resolves each distinct set once into a shared table of the same shape
 * ({@link BatchCompiler}); its cohorts see it through a view under their own ids.
 */
final class Codesets {

    static final Table<?> TABLE = table(name("codesets"));
    static final Field<Integer> CODESET_ID = field(name("codeset_id"), SQLDataType.INTEGER);
    static final Field<Integer> CONCEPT_ID = field(name("concept_id"), SQLDataType.INTEGER);
    private static final Field<Integer> SHARED_ID = field(name("shared_id"), SQLDataType.INTEGER);

    private Codesets() {
    }

    /** The statements that make a cohort's codesets table, and those that drop it when the cohort is done. */
    record Setup(List<Query> create, List<Query> drop) {

        /** No codesets table: for a cohort without concept sets, whose statements never read one. */
        static final Setup NONE = new Setup(List.of(), List.of());
    }

    /** A temporary table of the concept sets resolved against the vocabulary, analysed (it goes with the transaction). */
    static Setup resolved(DSLContext sql, List<ConceptSet> conceptSets) {
        List<Query> create = new ArrayList<>();
        create.add(sql.createTemporaryTable(TABLE).column(CODESET_ID.getName(), SQLDataType.INTEGER.nullable(false))
                .column(CONCEPT_ID.getName(), SQLDataType.INTEGER.nullable(false)).onCommitDrop());
        for (ConceptSet set : conceptSets) {
            Query insert = insert(sql, TABLE, set.id(), set.items());
            if (insert != null) {
                create.add(insert);
            }
        }
        create.add(sql.query("analyze {0}", TABLE));
        return new Setup(create, List.of());
    }

    /**
     * Inserts the concepts of a set's items into {@code target}, a table with this one's columns, as {@code codesetId};
     * null when the set includes nothing.
     */
    static @Nullable Query insert(DSLContext sql, Table<?> target, int codesetId, List<ConceptSetItem> items) {
        @Nullable Select<Record1<Integer>> included = concepts(items, item -> !item.isExcluded());
        if (included == null) {
            return null;
        }
        @Nullable Select<Record1<Integer>> excluded = concepts(items, ConceptSetItem::isExcluded);
        Select<Record1<Integer>> members = excluded == null ? included : included.except(excluded);
        Table<Record1<Integer>> resolved = members.asTable("resolved");
        return sql.insertInto(target, CODESET_ID, CONCEPT_ID)
                .select(select(val(codesetId), resolved.field(0, Integer.class)).from(resolved));
    }

    /**
     * A batch cohort's codesets: a temporary view of the sets resolved once for the batch in {@code shared}, under the
     * cohort's ids ({@code ids}: cohort codeset id to shared id). It costs nothing when the cohort reads its codesets
     * from the batch's tables only, but outlives the transaction, so it is dropped at the end.
     */
    static Setup sharedView(DSLContext sql, Table<?> shared, Map<Integer, Integer> ids) {
        if (ids.isEmpty()) {
            return Setup.NONE;
        }
        Select<?> members = select(Events.of("ids", CODESET_ID), Events.of("s", CONCEPT_ID)).from(shared.as("s"))
                // a view's definition cannot hold bind values: the ids are written inline
                .join(values(ids.entrySet().stream().map(id -> row(inline(id.getKey()), inline(id.getValue())))
                        .toArray(Row2[]::new))
                        .as("ids", CODESET_ID.getName(), SHARED_ID.getName()))
                .on(Events.of("ids", SHARED_ID).eq(Events.of("s", CODESET_ID)));
        return new Setup(List.of(sql.query("create temporary view {0} as {1}", TABLE, members)),
                List.of(sql.query("drop view {0}", TABLE)));
    }

    /** A condition that {@code column} holds a concept of the codeset. */
    static Condition contains(int codesetId, Field<Integer> column) {
        return contains(TABLE, codesetId, column);
    }

    /** A condition that {@code column} holds a concept of the codeset in {@code codesets}, a table of this shape. */
    static Condition contains(Table<?> codesets, int codesetId, Field<Integer> column) {
        return column.in(select(CONCEPT_ID).from(codesets).where(CODESET_ID.eq(val(codesetId))));
    }

    private static @Nullable Select<Record1<Integer>> concepts(List<ConceptSetItem> items, Predicate<ConceptSetItem> which) {
        List<Integer> ids = ids(items, which);
        if (ids.isEmpty()) {
            return null;
        }
        List<Integer> withDescendants = ids(items, which.and(ConceptSetItem::includeDescendants));
        Select<Record1<Integer>> concepts = select(CONCEPT.CONCEPT_ID).from(CONCEPT).where(CONCEPT.CONCEPT_ID.in(ids));
        if (!withDescendants.isEmpty()) {
            concepts = concepts.union(select(CONCEPT.CONCEPT_ID).from(CONCEPT)
                    .join(CONCEPT_ANCESTOR).on(CONCEPT.CONCEPT_ID.eq(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID))
                    .where(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID.in(withDescendants))
                    .and(CONCEPT.INVALID_REASON.isNull()));
        }
        List<Integer> mapped = ids(items, which.and(ConceptSetItem::includeMapped));
        if (mapped.isEmpty()) {
            return concepts;
        }
        List<Integer> mappedWithDescendants = ids(items,
                which.and(ConceptSetItem::includeMapped).and(ConceptSetItem::includeDescendants));
        Condition mappedSources = CONCEPT.CONCEPT_ID.in(mapped);
        if (!mappedWithDescendants.isEmpty()) {
            mappedSources = mappedSources.or(CONCEPT.CONCEPT_ID.in(select(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID)
                    .from(CONCEPT_ANCESTOR).where(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID.in(mappedWithDescendants)))
                    .and(CONCEPT.INVALID_REASON.isNull()));
        }
        return concepts.union(selectDistinct(CONCEPT_RELATIONSHIP.CONCEPT_ID_1).from(CONCEPT_RELATIONSHIP)
                .join(CONCEPT).on(CONCEPT.CONCEPT_ID.eq(CONCEPT_RELATIONSHIP.CONCEPT_ID_2))
                .where(mappedSources)
                .and(CONCEPT_RELATIONSHIP.RELATIONSHIP_ID.eq(val("Maps to")))
                .and(CONCEPT_RELATIONSHIP.INVALID_REASON.isNull()));
    }

    private static List<Integer> ids(List<ConceptSetItem> items, Predicate<ConceptSetItem> which) {
        return items.stream().filter(which).map(item -> item.concept().conceptId()).distinct().toList();
    }
}
