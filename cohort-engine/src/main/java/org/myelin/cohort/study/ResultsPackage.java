package org.myelin.cohort.study;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.myelin.sql.UserError;

/**
 * Writes a results package: the CSV files, {@code columns.csv} describing each of their columns, the HTML report and
 * {@code manifest.json} (provenance, parameters, a SHA-256 per file), as a folder and as a zip beside it. Everything
 * is written into a temporary folder next to the target and moved into place at the end, so a failed run leaves
 * nothing behind; an existing package at the same place is replaced, anything else there is refused.
 */
public final class ResultsPackage {

    static final String MANIFEST = "manifest.json";
    static final String REPORT = "report.html";

    private ResultsPackage() {
    }

    /** Writes {@code results} to the folder {@code out} and to {@code out.zip}; returns the report's path. */
    public static Path write(StudyResults results, Path out) {
        Path target = out.toAbsolutePath().normalize();
        Path zip = target.resolveSibling(target.getFileName() + ".zip");
        if (Files.exists(target) && !Files.exists(target.resolve(MANIFEST))) {
            throw new UserError(out + " exists and is not a Myelin results package; choose another --out");
        }
        Path temporary = null;
        try {
            Files.createDirectories(target.getParent());
            temporary = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + ".");
            if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
                // a temporary folder is private; the package is meant to be read and shared
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
            List<String> files = new ArrayList<>();
            for (ResultTable table : results.tables()) {
                Files.writeString(temporary.resolve(table.file()), csv(table), StandardCharsets.UTF_8);
                files.add(table.file());
            }
            Files.writeString(temporary.resolve("columns.csv"), columns(results.tables()), StandardCharsets.UTF_8);
            files.add("columns.csv");
            Files.writeString(temporary.resolve(REPORT), StudyReport.render(results), StandardCharsets.UTF_8);
            files.add(REPORT);
            Files.writeString(temporary.resolve(MANIFEST), StudyManifest.json(results, checksums(temporary, files)),
                    StandardCharsets.UTF_8);
            files.add(MANIFEST);
            Path temporaryZip = temporary.resolveSibling(temporary.getFileName() + ".zip");
            zip(temporary, files, temporaryZip, target.getFileName().toString());
            if (Files.exists(target)) {
                delete(target);
            }
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            Files.move(temporaryZip, zip, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return target.resolve(REPORT);
        } catch (IOException e) {
            throw new UserError("cannot write the results package " + out + ": " + e.getMessage(), e);
        } finally {
            if (temporary != null && Files.exists(temporary)) {
                delete(temporary);
                delete(temporary.resolveSibling(temporary.getFileName() + ".zip"));
            }
        }
    }

    static String csv(ResultTable table) {
        StringBuilder text = new StringBuilder();
        text.append(table.columns().stream().map(ResultColumn::name).collect(Collectors.joining(","))).append('\n');
        for (List<@Nullable Object> row : table.rows()) {
            text.append(row.stream().map(ResultsPackage::cell).collect(Collectors.joining(","))).append('\n');
        }
        return text.toString();
    }

    /** A value as CSV text: integers as they are, other numbers to 4 decimals, text quoted when it must be. */
    static String cell(@Nullable Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Double || value instanceof BigDecimal || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number)
                    ? BigDecimal.valueOf(number).setScale(4, RoundingMode.HALF_EVEN).stripTrailingZeros().toPlainString()
                    : "";
        }
        String text = value.toString();
        return text.matches(".*[\",\n\r].*") ? '"' + text.replace("\"", "\"\"") + '"' : text;
    }

    private static String columns(List<ResultTable> tables) {
        StringBuilder text = new StringBuilder("file,column,kind,description\n");
        for (ResultTable table : tables) {
            for (ResultColumn column : table.columns()) {
                text.append(String.join(",", table.file(), column.name(), column.kind().name().toLowerCase(java.util.Locale.ROOT),
                        cell(column.description()))).append('\n');
            }
        }
        return text.toString();
    }

    private static List<StudyManifest.FileEntry> checksums(Path folder, List<String> files) throws IOException {
        List<StudyManifest.FileEntry> entries = new ArrayList<>();
        for (String file : files) {
            byte[] bytes = Files.readAllBytes(folder.resolve(file));
            entries.add(new StudyManifest.FileEntry(file, bytes.length, sha256(bytes)));
        }
        return entries;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK lacks SHA-256", e);
        }
    }

    private static void zip(Path folder, List<String> files, Path zip, String root) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out)) {
            for (String file : files) {
                entries.putNextEntry(new ZipEntry(root + "/" + file));
                Files.copy(folder.resolve(file), entries);
                entries.closeEntry();
            }
        }
    }

    private static void delete(Path path) {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            for (Path each : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(each);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
