package org.myelin.vocab.resolve;

/**
 * A standard concept that a source code or source concept maps to.
 *
 * @param value true when reached through "Maps to value" (the value of an observation or measurement),
 *     false through "Maps to"
 */
public record MappedConcept(int conceptId, String domainId, boolean value) {
}
