package org.myelin.etl.fhir.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Streams one transaction Bundle to a file, entry by entry, so that a bundle never has to be held as one object:
 * each entry's resource is JSON already encoded by HAPI; the envelope around it is written here. Full URLs are
 * {@code urn:uuid:} of the resource id (ids are UUIDs in bundles, so nothing needs escaping).
 */
final class TransactionBundleWriter implements AutoCloseable {

    private final Writer writer;
    private boolean first = true;

    TransactionBundleWriter(Path file) throws IOException {
        this.writer = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        writer.write("{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[");
    }

    /** An entry created by the transaction. */
    void post(String type, String id, String json) {
        entry(id, json, "POST", type);
    }

    /** An entry created or replaced under its id (shared resources such as Medications). */
    void put(String type, String id, String json) {
        entry(id, json, "PUT", type + "/" + id);
    }

    private void entry(String id, String json, String method, String url) {
        try {
            writer.write(first ? "\n" : ",\n");
            first = false;
            writer.write("{\"fullUrl\":\"urn:uuid:" + id + "\",\"resource\":");
            writer.write(json);
            writer.write(",\"request\":{\"method\":\"" + method + "\",\"url\":\"" + url + "\"}}");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        try (writer) {
            writer.write("\n]}\n");
        }
    }
}
