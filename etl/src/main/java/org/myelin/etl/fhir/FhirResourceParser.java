package org.myelin.etl.fhir;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import ca.uhn.fhir.parser.StrictErrorHandler;
import org.hl7.fhir.r4.model.Resource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * HAPI FHIR's strict R4 JSON parser for one resource at a time. A resource it rejects is classified for the
 * quarantine: not JSON, no or an unknown resource type, or not valid R4 (with HAPI's reason). One per thread.
 */
final class FhirResourceParser {

    /** Why a resource could not be read; {@code fhir} is false when the text is not a FHIR resource at all. */
    static final class Rejected extends Exception {

        private final boolean fhir;

        Rejected(String reason, boolean fhir) {
            super(reason, null, false, false);
            this.fhir = fhir;
        }

        boolean fhir() {
            return fhir;
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final FhirContext context = FhirContext.forR4Cached();
    private final IParser parser = context.newJsonParser().setParserErrorHandler(new StrictErrorHandler());

    Resource parse(String json) throws Rejected {
        try {
            return (Resource) parser.parseResource(json);
        } catch (DataFormatException | ClassCastException e) {
            throw classify(json, e);
        }
    }

    private Rejected classify(String json, Exception failure) {
        JsonNode node;
        try {
            node = JSON.readTree(json);
        } catch (JacksonException e) {
            return new Rejected("not JSON: " + e.getOriginalMessage(), false);
        }
        JsonNode type = node.get("resourceType");
        if (!node.isObject() || type == null || !type.isString()) {
            return new Rejected("not a FHIR resource: no resourceType", false);
        }
        if (!context.getResourceTypes().contains(type.asString())) {
            return new Rejected("unknown resource type '" + type.asString() + "'", true);
        }
        String message = String.valueOf(failure.getMessage()).replaceFirst("^HAPI-\\d+: ", "");
        return new Rejected("not valid R4: " + message, true);
    }
}
