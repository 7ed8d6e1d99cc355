package org.myelin.cohort.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The items of a concept set. */
public record ConceptSetExpression(@JsonProperty("items") List<ConceptSetItem> items) {

    public ConceptSetExpression {
        items = Lists.orEmpty(items);
    }
}
