package org.myelin.cohort.compile;

import static org.jooq.impl.DSL.field;
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
 * ({@link BatchCompiler}) and copies from it.
 */
final class Codesets {

    static final Table<?> TABLE = table(name("codesets"));
    static final Field<Integer> CODESET_ID = field(name("codeset_id"), SQLDataType.INTEGER);
    static final Field<Integer> CONCEPT_ID = field(name("concept_id"), SQLDataType.INTEGER);
    private static final Field<Integer> SHARED_ID = field(name("shared_id"), SQLDataType.INTEGER);

    private Codesets() {
    }

    static Query create(DSLContext sql) {
        return sql.createTemporaryTable(TABLE).column(CODESET_ID.getName(), SQLDataType.INTEGER.nullable(false))
                .column(CONCEPT_ID.getName(), SQLDataType.INTEGER.nullable(false)).onCommitDrop();
    }

    static List<Query> fill(DSLContext sql, List<ConceptSet> conceptSets) {
        List<Query> inserts = new ArrayList<>();
        for (ConceptSet set : conceptSets) {
            Query insert = insert(sql, TABLE, set.id(), set.items());
            if (insert != null) {
                inserts.add(insert);
            }
        }
        return inserts;
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
     * Copies codesets resolved once for a batch in one statement: each of {@code ids} (cohort codeset id to shared id)
     * from {@code shared}.
     */
    static List<Query> copy(DSLContext sql, Table<?> shared, Map<Integer, Integer> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Table<?> cohortIds = values(ids.entrySet().stream().map(id -> row(id.getKey(), id.getValue()))
                .toArray(Row2[]::new)).as("ids", CODESET_ID.getName(), SHARED_ID.getName());
        Table<?> s = shared.as("s");
        return List.of(sql.insertInto(TABLE, CODESET_ID, CONCEPT_ID)
                .select(select(Events.of("ids", CODESET_ID), Events.of("s", CONCEPT_ID)).from(s)
                        .join(cohortIds).on(Events.of("ids", SHARED_ID).eq(Events.of("s", CODESET_ID)))));
    }

    /** Whether {@code statement} reads or writes the cohort's codesets table. */
    static boolean readBy(DSLContext sql, Query statement) {
        return sql.render(statement).contains("\"" + TABLE.getName() + "\"");
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
