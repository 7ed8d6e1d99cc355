package org.myelin.cohort.study;

import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Where a study's numbers come from: the CDM source row, the vocabulary version and when the study ran. */
record Provenance(Map<String, @Nullable Object> cdmSource, String vocabularyVersion, Instant started,
        Instant finished) {
}
