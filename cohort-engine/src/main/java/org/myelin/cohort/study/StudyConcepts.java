package org.myelin.cohort.study;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_ANCESTOR;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record2;
import org.jooq.impl.DSL;

/**
 * The concepts of each {@link ConceptRole}, resolved against the loaded vocabulary: each line of
 * {@code study/concepts.csv} names a concept by vocabulary and code (or by a verified id within its vocabulary), and
 * the role holds it with its descendants. A DMT keeps the ingredient it descends from, for treatment lines.
 * A concept the vocabulary lacks is left out; the role may then be empty and its characteristic shows no one.
 */
record StudyConcepts(Map<ConceptRole, Integer[]> concepts, Integer[] dmtIngredients) {

    private static final String RESOURCE = "/study/concepts.csv";

    Integer[] of(ConceptRole role) {
        return concepts.getOrDefault(role, new Integer[0]);
    }

    static StudyConcepts resolve(DSLContext sql) {
        Map<ConceptRole, List<Integer>> concepts = new EnumMap<>(ConceptRole.class);
        List<Integer> ingredients = new ArrayList<>();
        for (String[] line : lines()) {
            ConceptRole role = ConceptRole.valueOf(line[0].toUpperCase(Locale.ROOT));
            Condition named = line[2].isEmpty() ? CONCEPT.CONCEPT_ID.eq(Integer.valueOf(line[3]))
                    : CONCEPT.CONCEPT_CODE.eq(line[2]);
            Integer concept = sql.select(CONCEPT.CONCEPT_ID).from(CONCEPT)
                    .where(CONCEPT.VOCABULARY_ID.eq(line[1])).and(named).fetchAny(CONCEPT.CONCEPT_ID);
            if (concept == null) {
                continue;
            }
            List<Record2<Integer, Integer>> descendants = sql.select(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID,
                            DSL.val(concept)).from(CONCEPT_ANCESTOR)
                    .where(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID.eq(concept))
                    .and(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID.ne(concept)).fetch();
            List<Integer> held = concepts.computeIfAbsent(role, key -> new ArrayList<>());
            held.add(concept);
            descendants.forEach(row -> held.add(row.value1()));
            if (role == ConceptRole.DMT) {
                ingredients.add(concept);
                descendants.forEach(row -> ingredients.add(concept));
            }
        }
        Map<ConceptRole, Integer[]> arrays = new EnumMap<>(ConceptRole.class);
        concepts.forEach((role, ids) -> arrays.put(role, ids.toArray(Integer[]::new)));
        return new StudyConcepts(arrays, ingredients.toArray(Integer[]::new));
    }

    private static List<String[]> lines() {
        try (InputStream in = Objects.requireNonNull(StudyConcepts.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
