package org.myelin.cohort.study;

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
import javax.sql.DataSource;
import org.jooq.impl.DSL;
import org.myelin.cohort.library.ConceptLookup;
import org.myelin.cohort.library.ConceptReference;
import org.myelin.sql.Schemas;

/**
 * The concepts of each {@link ConceptRole}, resolved against the loaded vocabulary: each line of
 * {@code study/concepts.csv} names a concept by vocabulary and code (or by a verified id within its vocabulary), and
 * the role holds it with its descendants. A DMT keeps the ingredient it descends from, for treatment lines.
 * A concept the vocabulary lacks as a standard, valid concept is left out; the role may then be empty and its
 * characteristic shows no one.
 * Two statements for all lines: the concepts ({@link ConceptLookup}), then their descendants.
 */
record StudyConcepts(Map<ConceptRole, Integer[]> concepts, Integer[] dmtIngredients) {

    private static final String RESOURCE = "/study/concepts.csv";

    /** A line of the concepts file: a role and the concept it holds. */
    private record Line(ConceptRole role, ConceptReference concept) {
    }

    Integer[] of(ConceptRole role) {
        return concepts.getOrDefault(role, new Integer[0]);
    }

    static StudyConcepts resolve(DataSource dataSource, Schemas schemas) {
        List<Line> lines = lines();
        Map<ConceptReference, Integer> found = new ConceptLookup(dataSource, schemas)
                .find(lines.stream().map(Line::concept).toList());
        Map<Integer, List<Integer>> descendants = DSL.using(dataSource, Schemas.dialect(), schemas.settings())
                .select(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID, CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID)
                .from(CONCEPT_ANCESTOR)
                .where(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID.in(found.values()))
                .and(CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID.ne(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID))
                .fetchGroups(CONCEPT_ANCESTOR.ANCESTOR_CONCEPT_ID, CONCEPT_ANCESTOR.DESCENDANT_CONCEPT_ID);
        Map<ConceptRole, List<Integer>> concepts = new EnumMap<>(ConceptRole.class);
        List<Integer> ingredients = new ArrayList<>();
        for (Line line : lines) {
            Integer concept = found.get(line.concept());
            if (concept == null) {
                continue;
            }
            List<Integer> below = descendants.getOrDefault(concept, List.of());
            List<Integer> held = concepts.computeIfAbsent(line.role(), key -> new ArrayList<>());
            held.add(concept);
            held.addAll(below);
            if (line.role() == ConceptRole.DMT) {
                ingredients.add(concept);
                below.forEach(descendant -> ingredients.add(concept));
            }
        }
        Map<ConceptRole, Integer[]> arrays = new EnumMap<>(ConceptRole.class);
        concepts.forEach((role, ids) -> arrays.put(role, ids.toArray(Integer[]::new)));
        return new StudyConcepts(arrays, ingredients.toArray(Integer[]::new));
    }

    private static List<Line> lines() {
        try (InputStream in = Objects.requireNonNull(StudyConcepts.class.getResourceAsStream(RESOURCE), RESOURCE);
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().skip(1).filter(line -> !line.isBlank()).map(line -> line.split(",", -1))
                    .map(fields -> new Line(ConceptRole.valueOf(fields[0].toUpperCase(Locale.ROOT)),
                            fields[2].isEmpty() ? ConceptReference.byId(fields[1], Integer.parseInt(fields[3]))
                                    : ConceptReference.byCode(fields[1], fields[2])))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
