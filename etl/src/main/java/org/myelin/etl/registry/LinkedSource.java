package org.myelin.etl.registry;

import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.myelin.etl.load.Quarantine;
import org.myelin.mappings.SourceMappings;
import org.myelin.sql.Schemas;

/**
 * A further source loaded into the same nightly build as the registry export, after its files, before the
 * derived tables: its patients become the registry's persons where they are linked. Its person ids come from
 * the id map, which holds the registry's ids of this run by the time it loads.
 */
public interface LinkedSource {

    /** A step name part and the stage description, e.g. {@code fhir} and "load FHIR resources". */
    String name();

    String description();

    /**
     * Loads the source into {@code next}, rejecting records into the run's quarantine; {@code mappings} are the
     * run's mapping rows (bundled and the site's), resolved.
     */
    Result load(DataSource dataSource, Schemas next, SourceMappings mappings, long runId, Quarantine quarantine,
            RunProgress progress);

    /**
     * What the source loaded: counts per input kind (a FHIR resource type), where read = loaded + quarantined +
     * skipped; records skipped by rule, per rule; rows per CDM table; warnings.
     */
    record Result(Map<String, RegistryRunReport.FileCounts> counts, Map<String, Long> skippedByRule,
            Map<String, Long> rowsByTable, List<String> warnings) {
    }
}
