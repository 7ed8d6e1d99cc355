package org.myelin.etl.registry.read;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The optional manifest.json of an export: the registry's name and the export date. */
public record RegistryManifest(@Nullable String registry, @Nullable LocalDate exportDate) {

    static final String FILE = "manifest.json";

    /** The manifest of an export folder, or an empty one when it has none. */
    public static RegistryManifest of(RegistryExport export) {
        Optional<Path> file = export.file(FILE);
        if (file.isEmpty()) {
            return new RegistryManifest(null, null);
        }
        try {
            JsonNode manifest = JsonMapper.shared().readTree(Files.readString(file.get()));
            String date = manifest.path("export_date").asString(null);
            return new RegistryManifest(manifest.path("registry").asString(null), date == null ? null : LocalDate.parse(date));
        } catch (JacksonException | DateTimeParseException | java.io.IOException e) {
            throw new UserError(export.describe(file.get()) + " is not a valid manifest (" + e.getMessage().lines().findFirst()
                    .orElse("") + "); fix or remove it");
        }
    }
}
