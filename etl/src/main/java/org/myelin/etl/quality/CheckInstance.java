package org.myelin.etl.quality;

import org.jspecify.annotations.Nullable;

/**
 * One check on one table, field or concept, with its threshold in percent and whether its failure is fatal to
 * publishing; a concept-level check carries the vocabulary and code of its concept as a label. A check that cannot run here (a concept not in the vocabulary) has no query but a reason.
 */
record CheckInstance(CheckType type, String table, @Nullable String field, @Nullable Integer conceptId,
        @Nullable Integer unitConceptId, String conceptLabel, String description, double threshold, boolean fatal,
        @Nullable CheckQuery query, @Nullable String notApplicableReason) {

    /** DQD's check id: level, check, table, field and concept in lower case, joined by underscores. */
    String checkId() {
        StringBuilder id = new StringBuilder(type.level().name().toLowerCase(java.util.Locale.ROOT)).append('_')
                .append(type.name().toLowerCase(java.util.Locale.ROOT)).append('_').append(table);
        if (field != null) {
            id.append('_').append(field);
        }
        if (conceptId != null) {
            id.append('_').append(conceptId);
        } else if (!conceptLabel.isEmpty()) {
            // a concept missing from the vocabulary has no id: its vocabulary and code keep the id unique
            id.append('_').append(conceptLabel.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_"));
        }
        if (unitConceptId != null) {
            id.append('_').append(unitConceptId);
        }
        return id.toString();
    }
}
