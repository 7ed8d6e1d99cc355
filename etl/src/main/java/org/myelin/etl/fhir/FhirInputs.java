package org.myelin.etl.fhir;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.myelin.sql.UserError;

/**
 * The FHIR files named by the user: NDJSON and Bundle JSON files, folders of them (walked in name order) and zips
 * of them (entries in name order), so that the same inputs are always read in the same order.
 */
final class FhirInputs implements AutoCloseable {

    /** One file to read, and how messages name it (a zip entry as {@code data.zip!/Patient.ndjson}). */
    record InputFile(Path path, String name) {

        boolean ndjson() {
            return path.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ndjson");
        }
    }

    private final List<InputFile> files = new ArrayList<>();
    private final List<FileSystem> zips = new ArrayList<>();

    private FhirInputs() {
    }

    static FhirInputs open(List<Path> locations) {
        FhirInputs inputs = new FhirInputs();
        try {
            for (Path location : locations) {
                if (!Files.exists(location)) {
                    throw new UserError("FHIR input " + location + " does not exist");
                }
                inputs.add(location, location.toString(), true);
            }
        } catch (RuntimeException e) {
            inputs.close();
            throw e;
        }
        return inputs;
    }

    List<InputFile> files() {
        return List.copyOf(files);
    }

    private void add(Path location, String name, boolean named) {
        String fileName = location.getFileName() == null ? "" : location.getFileName().toString().toLowerCase(Locale.ROOT);
        if (Files.isDirectory(location)) {
            try (Stream<Path> children = Files.list(location)) {
                for (Path child : children.sorted().toList()) {
                    add(child, name.endsWith("/") ? name + child.getFileName() : name + "/" + child.getFileName(), false);
                }
            } catch (IOException e) {
                throw new UserError("cannot read folder " + name + ": " + e.getMessage(), e);
            }
        } else if (fileName.endsWith(".zip")) {
            FileSystem zip = openZip(location, name);
            zips.add(zip);
            for (Path root : zip.getRootDirectories()) {
                add(root, name + "!/", false);
            }
        } else if (fileName.endsWith(".ndjson") || fileName.endsWith(".json")) {
            files.add(new InputFile(location, name));
        } else if (named) {
            throw new UserError(name + " is not FHIR: expected NDJSON (.ndjson), Bundle JSON (.json), a folder or a zip");
        }
    }

    private static FileSystem openZip(Path zip, String name) {
        try {
            return FileSystems.newFileSystem(zip);
        } catch (IOException | RuntimeException e) {
            throw new UserError(name + " is not a readable zip: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        for (FileSystem zip : zips) {
            try {
                zip.close();
            } catch (IOException ignored) {
                // a zip opened read-only has nothing to lose on close
            }
        }
    }
}
