package org.myelin.sql.migrate;

import java.util.Map;

/** How many changesets a migration applied, by database schema name. */
public record MigrationResult(Map<String, Integer> appliedBySchema) {

    public MigrationResult {
        appliedBySchema = Map.copyOf(appliedBySchema);
    }

    public int applied() {
        return appliedBySchema.values().stream().mapToInt(Integer::intValue).sum();
    }
}
