package org.myelin.cohort.library;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.myelin.cohort.model.CohortExpressionReader;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A library of ATLAS cohort definitions shipped on the classpath: {@code library/NAME/library.json} lists the
 * cohorts ({@link LibraryCohort}), {@code library/NAME/KEY.json} holds each definition.
 *
 * <p>Usage, for the MS library that ships with Myelin:
 * <pre>{@code
 * PhenotypeLibrary library = PhenotypeLibrary.ms();
 * library.cohorts();                                        // ids, keys, names, logic, sources
 * CohortDefinition ms = library.definition(1001, dataSource, schemas);
 * new CohortGenerator(dataSource, schemas).generate(ms);    // rows in results.cohort with cohort_definition_id 1001
 * List<CohortDefinition> all = library.definitions(dataSource, schemas);   // one vocabulary query for all
 * }</pre>
 * Resolving reads the loaded vocabulary: every concept must be there as a standard, valid concept, else the call
 * fails with a {@link UserError} naming the definition, the JSON path and the concept; nothing is generated with a
 * silently empty concept set.
 */
public final class PhenotypeLibrary {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final String folder;
    private final List<LibraryCohort> cohorts;
    private final CohortExpressionReader reader = new CohortExpressionReader();

    private PhenotypeLibrary(String folder, List<LibraryCohort> cohorts) {
        this.folder = folder;
        this.cohorts = List.copyOf(cohorts);
    }

    /** The MS phenotype library (cohort ids 1001 to 1049; see the cohort-engine README for the table). */
    public static PhenotypeLibrary ms() {
        return load("library/ms/");
    }

    static PhenotypeLibrary load(String folder) {
        String index = folder + "library.json";
        try (InputStream in = resource(index)) {
            return new PhenotypeLibrary(folder, JSON.readValue(in, new TypeReference<List<LibraryCohort>>() { }));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + index, e);
        }
    }

    /** The cohorts of the library, in id order. */
    public List<LibraryCohort> cohorts() {
        return cohorts;
    }

    /** The cohort with this id; a {@link UserError} names the valid ids when there is none. */
    public LibraryCohort cohort(int cohortId) {
        return cohorts.stream().filter(cohort -> cohort.cohortId() == cohortId).findFirst()
                .orElseThrow(() -> new UserError("no library cohort " + cohortId + " (the library holds "
                        + cohorts.getFirst().cohortId() + " to " + cohorts.getLast().cohortId()
                        + ")"));
    }

    /** The cohort with this key (e.g. {@code rrms}); a {@link UserError} when there is none. */
    public LibraryCohort cohort(String key) {
        return cohorts.stream().filter(cohort -> cohort.key().equals(key)).findFirst()
                .orElseThrow(() -> new UserError("no library cohort '" + key + "' (the cohort-engine README tables the library)"));
    }

    /** One cohort's definition with its concepts resolved against the loaded vocabulary. */
    public CohortDefinition definition(int cohortId, DataSource dataSource, Schemas schemas) {
        return definitions(List.of(cohort(cohortId)), dataSource, schemas).getFirst();
    }

    /** Every cohort's definition, resolved with one vocabulary query. */
    public List<CohortDefinition> definitions(DataSource dataSource, Schemas schemas) {
        return definitions(cohorts, dataSource, schemas);
    }

    /** The definitions of {@code chosen} (cohorts of this library), in their order, resolved with one vocabulary query. */
    public List<CohortDefinition> definitions(List<LibraryCohort> chosen, DataSource dataSource, Schemas schemas) {
        List<JsonNode> trees = new ArrayList<>();
        List<List<ConceptSlot>> slots = new ArrayList<>();
        Set<ConceptReference> references = new LinkedHashSet<>();
        for (LibraryCohort cohort : chosen) {
            JsonNode tree = read(cohort);
            List<ConceptSlot> found = ConceptSlots.find(tree, source(cohort));
            found.forEach(slot -> references.add(slot.reference()));
            trees.add(tree);
            slots.add(found);
        }
        Map<ConceptReference, Integer> ids = new ConceptLookup(dataSource, schemas).find(references);
        List<String> missing = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            for (ConceptSlot slot : slots.get(i)) {
                if (!ids.containsKey(slot.reference())) {
                    missing.add(source(chosen.get(i)) + ": " + slot.path() + ": " + slot.reference());
                }
            }
        }
        if (!missing.isEmpty()) {
            throw new UserError("the loaded vocabulary has no standard, valid concept for " + missing.size()
                    + " library concept(s) (load a vocabulary that holds them, e.g. 'myelin vocab load --starter'): "
                    + missing.stream().collect(Collectors.joining("; ")));
        }
        List<CohortDefinition> definitions = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            LibraryCohort cohort = chosen.get(i);
            ConceptSlots.fill(slots.get(i), ids);
            definitions.add(new CohortDefinition(cohort.cohortId(), cohort.name(), cohort.logic(),
                    reader.read(trees.get(i), source(cohort)), JSON.writeValueAsString(trees.get(i))));
        }
        return definitions;
    }

    private JsonNode read(LibraryCohort cohort) {
        try (InputStream in = resource(folder + cohort.key() + ".json")) {
            return reader.readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8), source(cohort));
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + source(cohort), e);
        }
    }

    private String source(LibraryCohort cohort) {
        return folder + cohort.key() + ".json";
    }

    private static InputStream resource(String path) {
        InputStream in = PhenotypeLibrary.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException("the library resource " + path + " is missing from the classpath");
        }
        return in;
    }
}
