package org.myelin.cohort.library;

import org.jspecify.annotations.Nullable;

/**
 * A concept named by its vocabulary and code or, where the public source gave only the id (see
 * {@code shared/ms/verified-concepts.csv}), by its vocabulary and verified id; exactly one of the two is given.
 */
public record ConceptReference(String vocabularyId, @Nullable String conceptCode, @Nullable Integer conceptId) {

    public ConceptReference {
        if ((conceptCode == null) == (conceptId == null)) {
            throw new IllegalArgumentException("a concept reference needs either a code or an id: " + vocabularyId);
        }
    }

    public static ConceptReference byCode(String vocabularyId, String conceptCode) {
        return new ConceptReference(vocabularyId, conceptCode, null);
    }

    public static ConceptReference byId(String vocabularyId, int conceptId) {
        return new ConceptReference(vocabularyId, null, conceptId);
    }

    /** How a message names the concept: {@code SNOMED 24700007} or {@code RxNorm concept 40226579}. */
    @Override
    public String toString() {
        return conceptCode != null ? vocabularyId + " " + conceptCode : vocabularyId + " concept " + conceptId;
    }
}
