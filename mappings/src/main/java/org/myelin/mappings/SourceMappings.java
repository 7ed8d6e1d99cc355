package org.myelin.mappings;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.SOURCE_TO_CONCEPT_MAP;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * Mapping rows resolved against the loaded vocabulary: source vocabulary and code to a target concept with
 * its domain, which decides the CDM table a value lands in. Later rows win, so a site's own files override
 * the bundled ones. Rows whose target is not in the vocabulary, or no longer valid, are kept aside with the
 * reason, for the mapping-coverage report; their values load with concept 0 and keep their source value.
 */
public final class SourceMappings {

    /** A resolved target concept. */
    public record Target(int conceptId, String domainId, String vocabularyId, String conceptCode) {
    }

    /** A mapping row whose target could not be used, and why. */
    public record Unresolved(MappingRow row, String reason) {
    }

    private record Found(Target target, boolean valid) {
    }

    private static final LocalDate VALID_START = LocalDate.of(1970, 1, 1);
    private static final LocalDate VALID_END = LocalDate.of(2099, 12, 31);

    private final Map<String, Target> targets;
    private final Map<String, MappingRow> rows;
    private final List<Unresolved> unresolved;

    private SourceMappings(Map<String, Target> targets, Map<String, MappingRow> rows, List<Unresolved> unresolved) {
        this.targets = targets;
        this.rows = rows;
        this.unresolved = List.copyOf(unresolved);
    }

    /** Resolves every row's target with one query on the vocabulary. */
    public static SourceMappings resolve(DataSource dataSource, Schemas schemas, List<MappingRow> mappingRows) {
        Map<String, MappingRow> byKey = new LinkedHashMap<>();
        for (MappingRow row : mappingRows) {
            byKey.put(row.key(), row);
        }
        DSLContext sql = DSL.using(dataSource, Schemas.dialect(), schemas.settings());
        Condition wanted = DSL.falseCondition();
        for (MappingRow row : byKey.values()) {
            wanted = wanted.or(row.targetConceptCode() != null
                    ? CONCEPT.VOCABULARY_ID.eq(row.targetVocabularyId()).and(CONCEPT.CONCEPT_CODE.eq(row.targetConceptCode()))
                    : CONCEPT.CONCEPT_ID.eq(row.targetConceptId()));
        }
        Map<String, Found> byCode = new HashMap<>();
        Map<Integer, Found> byId = new HashMap<>();
        for (var concept : sql.select(CONCEPT.CONCEPT_ID, CONCEPT.DOMAIN_ID, CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE,
                CONCEPT.INVALID_REASON).from(CONCEPT).where(wanted).fetch()) {
            Found found = new Found(new Target(concept.value1(), concept.value2(), concept.value3(), concept.value4()),
                    concept.value5() == null);
            byCode.put(concept.value3() + "\u0000" + concept.value4(), found);
            byId.put(concept.value1(), found);
        }
        Map<String, Target> targets = new HashMap<>();
        List<Unresolved> unresolved = new ArrayList<>();
        for (MappingRow row : byKey.values()) {
            Found found = row.targetConceptCode() != null
                    ? byCode.get(row.targetVocabularyId() + "\u0000" + row.targetConceptCode())
                    : byId.get(row.targetConceptId());
            if (found == null) {
                unresolved.add(new Unresolved(row, "target " + describeTarget(row) + " is not in the loaded vocabulary"));
            } else if (!found.target().vocabularyId().equals(row.targetVocabularyId())) {
                unresolved.add(new Unresolved(row, "target concept " + found.target().conceptId() + " belongs to vocabulary "
                        + found.target().vocabularyId() + ", not " + row.targetVocabularyId()));
            } else if (!found.valid()) {
                unresolved.add(new Unresolved(row, "target concept " + found.target().conceptId() + " is no longer valid"));
            } else {
                targets.put(row.key(), found.target());
            }
        }
        return new SourceMappings(targets, byKey, unresolved);
    }

    private static String describeTarget(MappingRow row) {
        return row.targetConceptCode() != null
                ? row.targetVocabularyId() + " " + row.targetConceptCode()
                : "concept " + row.targetConceptId() + " (" + row.targetVocabularyId() + ")";
    }

    /** The target of a source code, if its mapping row resolved. */
    public Optional<Target> find(String sourceVocabularyId, String sourceCode) {
        return Optional.ofNullable(targets.get(sourceVocabularyId + "\u0000" + MappingRow.normalise(sourceCode)));
    }

    public List<Unresolved> unresolved() {
        return unresolved;
    }

    public int size() {
        return rows.size();
    }

    /**
     * Replaces the rows of these source vocabularies in {@code source_to_concept_map} with the resolved ones,
     * in one transaction, with the source concept id where the source code is itself a concept (ATC codes).
     */
    public void writeSourceToConceptMap(DataSource dataSource, Schemas schemas) {
        Set<String> vocabularies = new TreeSet<>();
        rows.values().forEach(row -> vocabularies.add(row.sourceVocabularyId()));
        DSL.using(dataSource, Schemas.dialect(), schemas.settings()).transaction(configuration -> {
            DSLContext sql = configuration.dsl();
            sql.deleteFrom(SOURCE_TO_CONCEPT_MAP).where(SOURCE_TO_CONCEPT_MAP.SOURCE_VOCABULARY_ID.in(vocabularies)).execute();
            var insert = sql.insertInto(SOURCE_TO_CONCEPT_MAP, SOURCE_TO_CONCEPT_MAP.SOURCE_CODE,
                    SOURCE_TO_CONCEPT_MAP.SOURCE_CONCEPT_ID, SOURCE_TO_CONCEPT_MAP.SOURCE_VOCABULARY_ID,
                    SOURCE_TO_CONCEPT_MAP.SOURCE_CODE_DESCRIPTION, SOURCE_TO_CONCEPT_MAP.TARGET_CONCEPT_ID,
                    SOURCE_TO_CONCEPT_MAP.TARGET_VOCABULARY_ID, SOURCE_TO_CONCEPT_MAP.VALID_START_DATE,
                    SOURCE_TO_CONCEPT_MAP.VALID_END_DATE);
            for (MappingRow row : rows.values()) {
                Target target = targets.get(row.key());
                insert = insert.values(row.sourceCode(), 0, row.sourceVocabularyId(), row.sourceCodeDescription(),
                        target == null ? 0 : target.conceptId(), row.targetVocabularyId(), VALID_START, VALID_END);
            }
            insert.execute();
            sql.update(SOURCE_TO_CONCEPT_MAP)
                    .set(SOURCE_TO_CONCEPT_MAP.SOURCE_CONCEPT_ID, CONCEPT.CONCEPT_ID)
                    .from(CONCEPT)
                    .where(CONCEPT.VOCABULARY_ID.eq(SOURCE_TO_CONCEPT_MAP.SOURCE_VOCABULARY_ID))
                    .and(CONCEPT.CONCEPT_CODE.eq(SOURCE_TO_CONCEPT_MAP.SOURCE_CODE))
                    .and(SOURCE_TO_CONCEPT_MAP.SOURCE_VOCABULARY_ID.in(vocabularies))
                    .execute();
        });
    }
}
