package org.myelin.etl.registry.read;

import java.io.IOException;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.myelin.etl.registry.RegistryFile;
import org.myelin.sql.UserError;

/**
 * A registry export: a folder, or a zip of one (its files at the top or in one folder inside), holding
 * {@code patients.csv} and any of the other files of the format. Files are found by name, case-insensitively.
 */
public final class RegistryExport implements AutoCloseable {

    private final Path location;
    private final Path root;
    private final @Nullable FileSystem zip;

    private RegistryExport(Path location, Path root, @Nullable FileSystem zip) {
        this.location = location;
        this.root = root;
        this.zip = zip;
    }

    public static RegistryExport open(Path location) {
        if (!Files.exists(location)) {
            throw new UserError("registry export " + location + " does not exist");
        }
        if (Files.isDirectory(location)) {
            return new RegistryExport(location, requirePatients(location, location), null);
        }
        FileSystem zip;
        try {
            zip = FileSystems.newFileSystem(location);
        } catch (IOException | RuntimeException e) {
            throw new UserError("registry export " + location + " is neither a folder nor a readable zip file");
        }
        try {
            return new RegistryExport(location, requirePatients(location, zip.getPath("/")), zip);
        } catch (UserError e) {
            closeQuietly(zip);
            throw e;
        }
    }

    /** Where the export's files are: the given folder, or the one folder inside it that holds patients.csv. */
    private static Path requirePatients(Path location, Path top) {
        if (find(top, RegistryFile.PATIENTS.fileName()).isPresent()) {
            return top;
        }
        try (Stream<Path> children = Files.list(top)) {
            List<Path> folders = children.filter(Files::isDirectory).toList();
            if (folders.size() == 1 && find(folders.getFirst(), RegistryFile.PATIENTS.fileName()).isPresent()) {
                return folders.getFirst();
            }
        } catch (IOException e) {
            throw new UserError("cannot list registry export " + location + ": " + e.getMessage());
        }
        throw new UserError("registry export " + location + " has no patients.csv, which the format requires");
    }

    /** The file of that kind, if the export has it (a missing file means no records of that kind). */
    public Optional<Path> file(RegistryFile file) {
        return find(root, file.fileName());
    }

    /** Any other file of the export by name, such as its manifest. */
    Optional<Path> file(String name) {
        return find(root, name);
    }

    /** How to name a file of this export in messages and quarantine locators. */
    public String describe(Path file) {
        return zip == null ? root.relativize(file).toString() : location.getFileName() + "!" + file;
    }

    public Path location() {
        return location;
    }

    private static Optional<Path> find(Path folder, String name) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(path -> path.getFileName() != null
                    && path.getFileName().toString().replace("/", "").equalsIgnoreCase(name)).findFirst();
        } catch (IOException e) {
            throw new UserError("cannot list " + folder + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        if (zip != null) {
            closeQuietly(zip);
        }
    }

    private static void closeQuietly(FileSystem zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // a read-only zip has nothing to flush
        }
    }
}
