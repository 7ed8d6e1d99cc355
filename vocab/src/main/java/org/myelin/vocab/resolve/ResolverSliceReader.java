package org.myelin.vocab.resolve;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_RELATIONSHIP;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import javax.sql.DataSource;
import org.jooq.CommonTableExpression;
import org.jooq.Condition;
import org.jooq.Cursor;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Record4;
import org.jooq.Select;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;
import org.myelin.sql.jooq.vocab.tables.Concept;
import org.myelin.sql.jooq.vocab.tables.ConceptRelationship;

/** Reads the slice of the vocabulary a {@link ConceptResolver} holds, streaming rows into primitive arrays. */
final class ResolverSliceReader {

    static final String MAPS_TO = "Maps to";
    static final String MAPS_TO_VALUE = "Maps to value";
    private static final int FETCH_SIZE = 20_000;
    private static final int MAX_HOPS = 3;

    private final DataSource dataSource;
    private final Schemas schemas;

    ResolverSliceReader(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    ConceptResolver read(Collection<String> vocabularyIds, LocalDate asOf) {
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        // PostgreSQL streams a result with a fetch size only inside a transaction
        return sql.transactionResult(transaction -> read(transaction.dsl(), vocabularyIds, asOf));
    }

    private static ConceptResolver read(DSLContext sql, Collection<String> vocabularyIds, LocalDate asOf) {
        int count = sql.fetchCount(CONCEPT, CONCEPT.VOCABULARY_ID.in(vocabularyIds));
        ConceptResolver.Names vocabularies = new ConceptResolver.Names();
        int[] conceptIds = new int[count];
        IdIndex ids = new IdIndex(count);
        CodeIndex codes = new CodeIndex(count);
        int n = 0;
        try (Cursor<Record4<Integer, String, String, String>> rows = sql
                .select(CONCEPT.CONCEPT_ID, CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE, CONCEPT.INVALID_REASON)
                .from(CONCEPT).where(CONCEPT.VOCABULARY_ID.in(vocabularyIds))
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record4<Integer, String, String, String> row : rows) {
                if (n == count) {
                    break;
                }
                conceptIds[n] = row.value1();
                ids.put(row.value1(), n);
                codes.add(vocabularies.of(row.value2()), row.value3(), row.value4() == null);
                n++;
            }
        }
        return readMappings(sql, vocabularyIds, asOf, vocabularies, Arrays.copyOf(conceptIds, n), ids, codes);
    }

    private static ConceptResolver readMappings(DSLContext sql, Collection<String> vocabularyIds, LocalDate asOf,
            ConceptResolver.Names vocabularies, int[] conceptIds, IdIndex ids, CodeIndex codes) {
        ConceptResolver.Names domains = new ConceptResolver.Names();
        int[] sources = new int[1024];
        int[] targets = new int[1024];
        byte[] kinds = new byte[1024];
        int m = 0;
        try (Cursor<Record4<Integer, Integer, String, String>> rows = mappingQuery(sql, vocabularyIds, asOf)
                .fetchSize(FETCH_SIZE).fetchLazy()) {
            for (Record4<Integer, Integer, String, String> row : rows) {
                int index = ids.get(row.value1());
                if (index < 0) {
                    continue;
                }
                if (m == sources.length) {
                    sources = Arrays.copyOf(sources, m * 2);
                    targets = Arrays.copyOf(targets, m * 2);
                    kinds = Arrays.copyOf(kinds, m * 2);
                }
                sources[m] = index;
                targets[m] = row.value2();
                kinds[m] = (byte) (domains.of(row.value4()) | (MAPS_TO_VALUE.equals(row.value3()) ? 0x80 : 0));
                m++;
            }
        }
        return group(vocabularies, conceptIds, ids, codes, domains, sources, targets, kinds, m);
    }

    /**
     * The valid mappings of the slice's concepts to standard concepts. A mapping to a concept that is not
     * standard (a locally maintained map that went stale, a replaced concept) is followed through that
     * concept's own "Maps to", up to {@value #MAX_HOPS} hops, keeping the first hop's relationship:
     *
     * <pre>
     * with recursive hop(source_id, target_id, relationship_id, depth) as (
     *   select r.concept_id_1, r.concept_id_2, r.relationship_id, 1 from concept_relationship r join concept s ...
     *   union all
     *   select h.source_id, r.concept_id_2, h.relationship_id, h.depth + 1 from hop h
     *     join concept via on via.concept_id = h.target_id and via.standard_concept is distinct from 'S'
     *     join concept_relationship r on r.concept_id_1 = h.target_id and r.relationship_id = 'Maps to' ...)
     * select distinct h.source_id, h.target_id, h.relationship_id, t.domain_id from hop h join concept t ...
     * </pre>
     */
    private static Select<Record4<Integer, Integer, String, String>> mappingQuery(DSLContext sql,
            Collection<String> vocabularyIds, LocalDate asOf) {
        Concept source = CONCEPT.as("source");
        Concept via = CONCEPT.as("via");
        Concept target = CONCEPT.as("target");
        ConceptRelationship map = CONCEPT_RELATIONSHIP.as("map");
        Name hop = DSL.name("hop");
        Field<Integer> hopSource = DSL.field(DSL.name("hop", "source_id"), Integer.class);
        Field<Integer> hopTarget = DSL.field(DSL.name("hop", "target_id"), Integer.class);
        Field<String> hopRelationship = DSL.field(DSL.name("hop", "relationship_id"), String.class);
        Field<Integer> hopDepth = DSL.field(DSL.name("hop", "depth"), Integer.class);
        Condition validMap = map.INVALID_REASON.isNull()
                .and(DSL.val(asOf).between(map.VALID_START_DATE, map.VALID_END_DATE));
        CommonTableExpression<?> hops = hop.fields("source_id", "target_id", "relationship_id", "depth").as(
                DSL.select(map.CONCEPT_ID_1, map.CONCEPT_ID_2, map.RELATIONSHIP_ID, DSL.inline(1))
                        .from(map)
                        .join(source).on(source.CONCEPT_ID.eq(map.CONCEPT_ID_1))
                        .where(source.VOCABULARY_ID.in(vocabularyIds))
                        .and(map.RELATIONSHIP_ID.in(MAPS_TO, MAPS_TO_VALUE))
                        .and(validMap)
                        .unionAll(DSL.select(hopSource, map.CONCEPT_ID_2, hopRelationship, hopDepth.plus(1))
                                .from(DSL.table(hop))
                                .join(via).on(via.CONCEPT_ID.eq(hopTarget))
                                .and(via.STANDARD_CONCEPT.isDistinctFrom("S"))
                                .join(map).on(map.CONCEPT_ID_1.eq(hopTarget))
                                .and(map.RELATIONSHIP_ID.eq(MAPS_TO))
                                .and(validMap)
                                .where(hopDepth.lt(MAX_HOPS))));
        return sql.withRecursive(hops)
                .selectDistinct(hopSource, hopTarget, hopRelationship, target.DOMAIN_ID)
                .from(DSL.table(hop))
                .join(target).on(target.CONCEPT_ID.eq(hopTarget))
                .where(target.STANDARD_CONCEPT.eq("S"))
                .and(target.INVALID_REASON.isNull())
                .and(DSL.val(asOf).between(target.VALID_START_DATE, target.VALID_END_DATE));
    }

    /** Groups the mappings by source concept (a counting sort), "Maps to" first, then by target id. */
    private static ConceptResolver group(ConceptResolver.Names vocabularies, int[] conceptIds, IdIndex ids,
            CodeIndex codes, ConceptResolver.Names domains, int[] sources, int[] targets, byte[] kinds, int m) {
        int[] start = new int[conceptIds.length + 1];
        for (int i = 0; i < m; i++) {
            start[sources[i] + 1]++;
        }
        for (int i = 0; i < conceptIds.length; i++) {
            start[i + 1] += start[i];
        }
        int[] next = Arrays.copyOf(start, conceptIds.length);
        int[] groupedTargets = new int[m];
        byte[] groupedKinds = new byte[m];
        for (int i = 0; i < m; i++) {
            int at = next[sources[i]]++;
            groupedTargets[at] = targets[i];
            groupedKinds[at] = kinds[i];
        }
        for (int c = 0; c < conceptIds.length; c++) {
            sortGroup(groupedTargets, groupedKinds, start[c], start[c + 1]);
        }
        return new ConceptResolver(vocabularies.index(), conceptIds, ids, codes, start, groupedTargets, groupedKinds,
                domains.toArray());
    }

    private static void sortGroup(int[] targets, byte[] kinds, int from, int to) {
        for (int i = from + 1; i < to; i++) {
            for (int j = i; j > from && after(targets, kinds, j - 1, j); j--) {
                int target = targets[j];
                targets[j] = targets[j - 1];
                targets[j - 1] = target;
                byte kind = kinds[j];
                kinds[j] = kinds[j - 1];
                kinds[j - 1] = kind;
            }
        }
    }

    private static boolean after(int[] targets, byte[] kinds, int a, int b) {
        int kindA = kinds[a] & 0x80;
        int kindB = kinds[b] & 0x80;
        return kindA != kindB ? kindA > kindB : targets[a] > targets[b];
    }
}
