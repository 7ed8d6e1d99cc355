package org.myelin.sql.migrate;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How many changesets a migration applied, by database schema name in migration order. */
public record MigrationResult(Map<String, Integer> appliedBySchema) {

    public MigrationResult {
        appliedBySchema = Collections.unmodifiableMap(new LinkedHashMap<>(appliedBySchema));
    }

    public int applied() {
        return appliedBySchema.values().stream().mapToInt(Integer::intValue).sum();
    }
}
