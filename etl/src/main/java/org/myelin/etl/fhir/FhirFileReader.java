package org.myelin.etl.fhir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Streams the resources of one file, never holding the whole file: NDJSON line by line, a Bundle entry by entry
 * (Jackson's streaming parser finds the entries, each entry is read on its own), a single resource as it is.
 * What a resource's JSON says is left to the parser; a file that is not FHIR at all fails the run.
 */
final class FhirFileReader {

    /** One resource as read: where it is, the fullUrl of its Bundle entry, its JSON text. */
    record RawResource(int line, @Nullable String fullUrl, String json) {
    }

    interface Handler {
        void resource(RawResource resource);
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private FhirFileReader() {
    }

    /** Reads every resource of the file into the handler; returns how many it read. */
    static long read(FhirInputs.InputFile file, Handler handler) {
        try {
            return file.ndjson() ? readNdjson(file, handler) : readJson(file, handler);
        } catch (IOException e) {
            throw new UserError("cannot read " + file.name() + ": " + e.getMessage(), e);
        }
    }

    private static long readNdjson(FhirInputs.InputFile file, Handler handler) throws IOException {
        long resources = 0;
        try (BufferedReader lines = Files.newBufferedReader(file.path(), StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                number++;
                if (!line.isBlank()) {
                    handler.resource(new RawResource(number, null, line));
                    resources++;
                }
            }
        }
        return resources;
    }

    private static long readJson(FhirInputs.InputFile file, Handler handler) throws IOException {
        try (InputStream in = Files.newInputStream(file.path()); JsonParser json = JSON.createParser(in)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw notFhir(file, "it does not hold a JSON object");
            }
            String resourceType = null;
            long entries = 0;
            while (json.nextToken() == JsonToken.PROPERTY_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                if (field.equals("resourceType") && value == JsonToken.VALUE_STRING) {
                    resourceType = json.getString();
                    if (!resourceType.equals("Bundle")) {
                        break;
                    }
                } else if (field.equals("entry") && value == JsonToken.START_ARRAY) {
                    entries += readEntries(json, handler);
                } else {
                    json.skipChildren();
                }
            }
            if (resourceType == null) {
                throw notFhir(file, "its top-level object has no resourceType");
            }
            if (!resourceType.equals("Bundle")) {
                handler.resource(new RawResource(1, null, Files.readString(file.path(), StandardCharsets.UTF_8)));
                return 1;
            }
            return entries;
        } catch (JacksonException e) {
            throw notFhir(file, "it is not valid JSON (" + e.getOriginalMessage() + " at line "
                    + e.getLocation().getLineNr() + ")");
        }
    }

    private static long readEntries(JsonParser json, Handler handler) {
        long entries = 0;
        while (json.nextToken() == JsonToken.START_OBJECT) {
            int line = json.currentTokenLocation().getLineNr();
            JsonNode entry = json.readValueAsTree();
            JsonNode resource = entry.get("resource");
            if (resource != null && resource.isObject()) {
                JsonNode fullUrl = entry.get("fullUrl");
                handler.resource(new RawResource(line, fullUrl == null || !fullUrl.isString() ? null : fullUrl.asString(),
                        resource.toString()));
                entries++;
            }
        }
        return entries;
    }

    private static UserError notFhir(FhirInputs.InputFile file, String why) {
        return new UserError(file.name() + " is not FHIR: " + why + "; expected NDJSON or a Bundle");
    }
}
