package org.myelin.etl.fhir.synthetic;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * The result of a generation.
 *
 * @param directory where the output was written
 * @param patients how many hospital patients it holds
 * @param registryPatients how many of them carry a registry patient id
 * @param resources valid resources written per resource type (seeded bad lines not counted)
 * @param defects how many bad lines were seeded (0 without defects)
 * @param elapsed how long it took
 */
public record FhirGenerationSummary(Path directory, int patients, int registryPatients, Map<String, Long> resources,
        long defects, Duration elapsed) {

    public long totalResources() {
        return resources.values().stream().mapToLong(Long::longValue).sum();
    }

    /** A one-line summary for the command line. */
    public String describe() {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        return String.format(Locale.ROOT, "%d patients (%d with a registry id), %d FHIR resources written to %s in "
                + "%.1f s (%.0f resources/s)%s", patients, registryPatients, totalResources(), directory, seconds,
                totalResources() / seconds, defects > 0 ? ", " + defects + " bad lines seeded" : "");
    }
}
