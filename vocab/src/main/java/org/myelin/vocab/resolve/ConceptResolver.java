package org.myelin.vocab.resolve;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.myelin.sql.Schemas;

/**
 * Resolves (vocabulary_id, concept_code) or a source concept id to the standard concepts it maps to
 * through "Maps to" and "Maps to value", with each target's domain.
 *
 * <p>Built by one bulk read of the vocabularies a run needs ({@link #load}); afterwards every lookup is a
 * probe into primitive arrays, with no query and, for the id-returning methods, no allocation. Only
 * mappings valid on the chosen date count: the relationship and its target concept must have no
 * invalid_reason and a validity period that holds the date, and the target must be standard. A source
 * concept may itself be invalid (an upgraded code still maps to its replacement). Immutable, so one
 * instance serves any number of threads.
 */
public final class ConceptResolver {

    private final Map<String, Integer> vocabularyIndex;
    private final int[] conceptIds;
    private final IdIndex ids;
    private final CodeIndex codes;
    private final int[] mappingStart;
    private final int[] targets;
    private final byte[] targetKinds;
    private final String[] domains;
    private final int[] firstMapsTo;

    ConceptResolver(Map<String, Integer> vocabularyIndex, int[] conceptIds, IdIndex ids, CodeIndex codes,
            int[] mappingStart, int[] targets, byte[] targetKinds, String[] domains) {
        this.vocabularyIndex = Map.copyOf(vocabularyIndex);
        this.conceptIds = conceptIds;
        this.ids = ids;
        this.codes = codes;
        this.mappingStart = mappingStart;
        this.targets = targets;
        this.targetKinds = targetKinds;
        this.domains = domains;
        // the hot path's answer per concept, so that it costs one array read instead of three
        this.firstMapsTo = new int[conceptIds.length];
        for (int index = 0; index < conceptIds.length; index++) {
            for (int m = mappingStart[index]; m < mappingStart[index + 1] && firstMapsTo[index] == 0; m++) {
                if (!isValue(m)) {
                    firstMapsTo[index] = targets[m];
                }
            }
        }
    }

    /**
     * Reads the concepts of the given vocabularies and their mappings valid on {@code asOf} from the live
     * vocabulary schema.
     */
    public static ConceptResolver load(DataSource dataSource, Schemas schemas, Collection<String> vocabularyIds,
            LocalDate asOf) {
        return new ResolverSliceReader(dataSource, schemas).read(vocabularyIds, asOf);
    }

    /** The concept id of the code in the vocabulary, or 0 when the slice has no such code. */
    public int sourceConceptId(String vocabularyId, String code) {
        int index = index(vocabularyId, code);
        return index < 0 ? 0 : conceptIds[index];
    }

    /** The first standard concept the code "Maps to" (not "Maps to value"), or 0: the ETL's hot path. */
    public int standardConceptId(String vocabularyId, String code) {
        return firstMapsTo(index(vocabularyId, code));
    }

    /** The first standard concept the source concept "Maps to", or 0. */
    public int standardConceptId(int sourceConceptId) {
        return firstMapsTo(ids.get(sourceConceptId));
    }

    /** Every standard concept the code maps to, "Maps to" before "Maps to value"; empty when unmapped. */
    public List<MappedConcept> resolve(String vocabularyId, String code) {
        return mapped(index(vocabularyId, code));
    }

    /** Every standard concept the source concept maps to; empty when unmapped or outside the slice. */
    public List<MappedConcept> resolve(int sourceConceptId) {
        return mapped(ids.get(sourceConceptId));
    }

    /** The number of concepts in the slice. */
    public int concepts() {
        return conceptIds.length;
    }

    /** The number of valid mappings in the slice. */
    public int mappings() {
        return targets.length;
    }

    /** The heap taken by the slice's arrays, in bytes. */
    public long heapBytes() {
        return 8L * conceptIds.length + ids.bytes() + codes.bytes() + 4L * mappingStart.length + 4L * targets.length
                + targetKinds.length;
    }

    private int index(String vocabularyId, String code) {
        Integer vocabulary = vocabularyIndex.get(vocabularyId);
        return vocabulary == null ? -1 : codes.get(vocabulary, code);
    }

    private int firstMapsTo(int index) {
        return index < 0 ? 0 : firstMapsTo[index];
    }

    private List<MappedConcept> mapped(int index) {
        if (index < 0 || mappingStart[index] == mappingStart[index + 1]) {
            return List.of();
        }
        List<MappedConcept> mapped = new ArrayList<>(mappingStart[index + 1] - mappingStart[index]);
        for (int m = mappingStart[index]; m < mappingStart[index + 1]; m++) {
            mapped.add(new MappedConcept(targets[m], domains[targetKinds[m] & 0x7F], isValue(m)));
        }
        return List.copyOf(mapped);
    }

    private boolean isValue(int mapping) {
        return (targetKinds[mapping] & 0x80) != 0;
    }

    /** Interns strings to small indexes for the byte arrays of the slice. */
    static final class Names {
        private final Map<String, Integer> index = new HashMap<>();
        private final List<String> names = new ArrayList<>();

        int of(String name) {
            return index.computeIfAbsent(name, key -> {
                if (names.size() == 127) {
                    throw new IllegalStateException("more than 127 distinct names: " + key);
                }
                names.add(key);
                return names.size() - 1;
            });
        }

        Map<String, Integer> index() {
            return index;
        }

        String[] toArray() {
            return names.toArray(String[]::new);
        }
    }
}
