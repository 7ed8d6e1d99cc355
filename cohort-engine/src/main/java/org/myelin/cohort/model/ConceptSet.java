package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A named concept set, referred to by criteria through its id ({@code CodesetId}). */
public record ConceptSet(
        @JsonProperty("id") int id,
        @JsonProperty("name") @Nullable String name,
        @JsonProperty("expression") @Nullable ConceptSetExpression expression) {

    public List<ConceptSetItem> items() {
        return expression == null ? List.of() : expression.items();
    }
}
