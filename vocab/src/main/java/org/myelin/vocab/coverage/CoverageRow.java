package org.myelin.vocab.coverage;

import org.jspecify.annotations.Nullable;

/**
 * One source value of one CDM concept column and the concept it reached, with how many records carry it.
 *
 * @param sourceValue the value the ETL kept in the source-value column ("" when it kept none)
 * @param conceptId the concept written, 0 when the value reached no standard concept
 * @param conceptName the concept's name in the vocabulary, null when 0 or absent from it
 */
public record CoverageRow(String table, String conceptColumn, String sourceValue, int conceptId,
        @Nullable String conceptName, long records) {

    public boolean mapped() {
        return conceptId != 0;
    }
}
