package org.myelin.cohort.library;

import tools.jackson.databind.node.ObjectNode;

/** A concept object inside a definition's JSON, where it is ({@code $.ConceptSets[0]...}) and what it names. */
record ConceptSlot(ObjectNode node, String path, ConceptReference reference) {
}
