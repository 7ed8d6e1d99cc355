package org.myelin.etl.registry.synthetic;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** Writes manifest.json: the registry's name, the export date and the format version. */
final class ManifestWriter {

    static final String FILE = "manifest.json";
    private static final int FORMAT_VERSION = 1;

    private final JsonMapper mapper = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    void write(Path directory, RegistryGenerationOptions options) {
        Map<String, Object> manifest = new LinkedHashMap<>();
        manifest.put("registry", options.registryName());
        manifest.put("export_date", options.exportDate().toString());
        manifest.put("format_version", FORMAT_VERSION);
        try {
            mapper.writeValue(directory.resolve(FILE).toFile(), manifest);
        } catch (JacksonException e) {
            // Jackson 3 reports write failures unchecked; the generator turns I/O failures into one user message
            throw new UncheckedIOException(new IOException(FILE + ": " + e.getOriginalMessage(), e));
        }
    }
}
