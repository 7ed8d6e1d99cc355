package org.myelin.cohort.library;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.myelin.sql.UserError;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Finds the concept objects of a library definition: every JSON object with a {@code VOCABULARY_ID}, in concept sets
 * and in inline concept lists alike. A library concept gives {@code CONCEPT_CODE} or, for a concept whose public
 * source gave only the id, {@code CONCEPT_ID}; never both, so that the code is the one truth.
 */
final class ConceptSlots {

    private static final String VOCABULARY_ID = "VOCABULARY_ID";
    private static final String CONCEPT_CODE = "CONCEPT_CODE";
    private static final String CONCEPT_ID = "CONCEPT_ID";

    private ConceptSlots() {
    }

    static List<ConceptSlot> find(JsonNode definition, String source) {
        List<ConceptSlot> slots = new ArrayList<>();
        collect(definition, "$", source, slots);
        return slots;
    }

    /** Writes each slot's resolved id into its JSON object. */
    static void fill(List<ConceptSlot> slots, Map<ConceptReference, Integer> ids) {
        for (ConceptSlot slot : slots) {
            slot.node().put(CONCEPT_ID, ids.get(slot.reference()));
        }
    }

    private static void collect(JsonNode node, String path, String source, List<ConceptSlot> slots) {
        if (node instanceof ObjectNode object && object.has(VOCABULARY_ID)) {
            slots.add(new ConceptSlot(object, path, reference(object, path, source)));
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                collect(node.get(i), path + "[" + i + "]", source, slots);
            }
        } else if (node.isObject()) {
            for (Map.Entry<String, JsonNode> entry : node.properties()) {
                collect(entry.getValue(), path + "." + entry.getKey(), source, slots);
            }
        }
    }

    private static ConceptReference reference(ObjectNode concept, String path, String source) {
        String vocabulary = concept.get(VOCABULARY_ID).asString();
        JsonNode code = concept.get(CONCEPT_CODE);
        JsonNode id = concept.get(CONCEPT_ID);
        if (code != null && id == null && code.isString() && !code.asString().isBlank()) {
            return ConceptReference.byCode(vocabulary, code.asString());
        }
        if (id != null && code == null && id.isInt()) {
            return ConceptReference.byId(vocabulary, id.asInt());
        }
        throw new UserError(source + ": " + path + ": a library concept gives either " + CONCEPT_CODE + " or (when no"
                + " code is known) a verified " + CONCEPT_ID + ", not both and not neither");
    }
}
