package org.myelin.vocab.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import org.myelin.sql.UserError;

/** Where the files of an Athena bundle come from: a folder, a zip, or the classpath (the starter vocabulary). */
sealed interface BundleSource extends AutoCloseable {

    /** A short description for messages, such as the path. */
    String description();

    /** Opens the named file (matched case-insensitively, at any depth of a zip), or empty if absent. */
    Optional<InputStream> open(String fileName) throws IOException;

    @Override
    default void close() throws IOException {
    }

    static BundleSource of(Path path) {
        if (Files.isDirectory(path)) {
            return new Folder(path);
        }
        if (!Files.isRegularFile(path)) {
            throw new UserError("vocabulary bundle " + path + " does not exist: give an Athena folder or zip");
        }
        try {
            return new Zip(path, new ZipFile(path.toFile()));
        } catch (ZipException e) {
            throw new UserError("vocabulary bundle " + path + " is neither a folder nor a zip file: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Folder(Path folder) implements BundleSource {
        @Override
        public String description() {
            return folder.toString();
        }

        @Override
        public Optional<InputStream> open(String fileName) throws IOException {
            try (Stream<Path> files = Files.list(folder)) {
                Optional<Path> match = files
                        .filter(file -> file.getFileName().toString().equalsIgnoreCase(fileName))
                        .findFirst();
                return match.isPresent() ? Optional.of(Files.newInputStream(match.get())) : Optional.empty();
            }
        }
    }

    record Zip(Path path, ZipFile zip) implements BundleSource {
        @Override
        public String description() {
            return path.toString();
        }

        @Override
        public Optional<InputStream> open(String fileName) throws IOException {
            String wanted = fileName.toLowerCase(Locale.ROOT);
            Optional<? extends ZipEntry> match = zip.stream()
                    .filter(entry -> !entry.isDirectory())
                    .filter(entry -> baseName(entry.getName()).toLowerCase(Locale.ROOT).equals(wanted))
                    .findFirst();
            return match.isPresent() ? Optional.of(zip.getInputStream(match.get())) : Optional.empty();
        }

        @Override
        public void close() throws IOException {
            zip.close();
        }

        private static String baseName(String entryName) {
            return entryName.substring(entryName.lastIndexOf('/') + 1);
        }
    }

    /** Files under a classpath folder, such as the starter vocabulary. */
    record Classpath(String folder) implements BundleSource {
        @Override
        public String description() {
            return "classpath:" + folder;
        }

        @Override
        public Optional<InputStream> open(String fileName) {
            return Optional.ofNullable(BundleSource.class.getClassLoader().getResourceAsStream(folder + "/" + fileName));
        }
    }
}
