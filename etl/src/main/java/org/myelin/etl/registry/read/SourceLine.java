package org.myelin.etl.registry.read;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One data line of a registry file: its line number, its values by the format's column names (absent
 * columns and empty cells are null), and the line as it was read, for the quarantine.
 */
public record SourceLine(long line, Map<String, String> values, String raw, boolean wellFormed) {

    public @Nullable String get(String column) {
        return values.get(column);
    }
}
