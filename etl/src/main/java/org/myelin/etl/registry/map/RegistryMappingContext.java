package org.myelin.etl.registry.map;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jooq.Table;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.load.IdMap;
import org.myelin.mappings.SourceMappings;

/**
 * What every registry mapper shares during one run: the resolved concept mappings, the stable ids of
 * persons, care sites and locations, the run's id sequences of the event tables, and the export date that
 * closes open intervals (a treatment still running ends at the export date).
 *
 * <p>Event ids are numbered in the order the rows are read, so the same export always gives the same ids.
 */
public final class RegistryMappingContext {

    /** The id-map source system of registry exports. */
    public static final String SOURCE_SYSTEM = "registry";

    private final SourceMappings concepts;
    private final IdMap persons;
    private final IdMap careSites;
    private final IdMap locations;
    private final LocalDate exportDate;
    private final int registryType;
    // generated tables are singletons; identity spares jOOQ's costly equals and hashCode on every row
    private final Map<Table<?>, Integer> sequences = new IdentityHashMap<>();
    private final Map<String, Integer> treatmentIds = new HashMap<>();
    private final Set<String> locationsWritten = new HashSet<>();

    public RegistryMappingContext(SourceMappings concepts, IdMap persons, IdMap careSites, IdMap locations,
            LocalDate exportDate) {
        this.concepts = concepts;
        this.persons = persons;
        this.careSites = careSites;
        this.locations = locations;
        this.exportDate = exportDate;
        this.registryType = concept("MyelinType", "registry");
    }

    /** The concept a source code maps to, or 0 (OMOP's "no matching concept") when it has none. */
    public int concept(String sourceVocabularyId, @Nullable String sourceCode) {
        if (sourceCode == null) {
            return 0;
        }
        return concepts.find(sourceVocabularyId, sourceCode).map(SourceMappings.Target::conceptId).orElse(0);
    }

    /** A source code's target concept with the domain that decides its table, or null when unmapped. */
    public SourceMappings.@Nullable Target target(String sourceVocabularyId, String sourceCode) {
        return concepts.find(sourceVocabularyId, sourceCode).orElse(null);
    }

    public int personId(String patientId) {
        return Math.toIntExact(persons.idFor(patientId));
    }

    public int careSiteId(String centreId) {
        return Math.toIntExact(careSites.idFor(centreId));
    }

    public int locationId(String key) {
        return Math.toIntExact(locations.idFor(key));
    }

    /** Whether a location is met for the first time in this run, and so must be written. */
    public boolean firstUseOfLocation(String key) {
        return locationsWritten.add(key);
    }

    public boolean hasCareSite(String centreId) {
        return careSites.contains(centreId);
    }

    /** The next id of an event table in this run. */
    public int nextId(Table<?> table) {
        return sequences.merge(table, 1, Integer::sum);
    }

    /** Remembers the drug_exposure id of a registry treatment, for the adverse events that suspect it. */
    public void rememberTreatment(String treatmentId, int drugExposureId) {
        treatmentIds.put(treatmentId, drugExposureId);
    }

    public @Nullable Integer treatment(String treatmentId) {
        return treatmentIds.get(treatmentId);
    }

    /** The type concept of every row: it came from a registry. */
    public int registryType() {
        return registryType;
    }

    public LocalDate exportDate() {
        return exportDate;
    }
}
