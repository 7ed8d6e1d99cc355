package org.myelin.vocab.load;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jooq.Field;

/** A hand-written Athena bundle of a few rows, for tests that need exact names and exact mistakes. */
final class TinyBundle {

    static final String VALID = "\tConcept\t19700101\t20991231\t";

    private final List<String> concepts = new ArrayList<>();
    private final List<String> vocabularies = new ArrayList<>(List.of("None\tOMOP Standardized Vocabularies\tref\tv5.0 TINY\t0"));

    TinyBundle concept(int id, String name, String vocabularyId, String code) {
        concepts.add(id + "\t" + name + "\tCondition\t" + vocabularyId + "\tClinical Finding\tS\t" + code
                + "\t19700101\t20991231\t");
        return this;
    }

    TinyBundle vocabulary(String id, int conceptId) {
        vocabularies.add(id + "\t" + id + " vocabulary\t\t\t" + conceptId);
        return this;
    }

    Path writeTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        write(folder, AthenaFile.CONCEPT_FILE, concepts);
        write(folder, AthenaFile.VOCABULARY_FILE, vocabularies);
        List<String> selfAncestors = concepts.stream().map(line -> line.substring(0, line.indexOf('\t')))
                .map(id -> id + "\t" + id + "\t0\t0").toList();
        write(folder, AthenaFile.CONCEPT_ANCESTOR_FILE, selfAncestors);
        return folder;
    }

    static String header(AthenaFile file) {
        return file.columns().stream().map(Field::getName).collect(Collectors.joining("\t"));
    }

    static void write(Path folder, AthenaFile file, List<String> rows) throws IOException {
        Files.writeString(folder.resolve(file.fileName()),
                header(file) + "\n" + rows.stream().map(row -> row + "\n").collect(Collectors.joining()),
                StandardCharsets.UTF_8);
    }

    static Path zip(Path folder, Path zip) throws IOException {
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream entries = new ZipOutputStream(out);
                var files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                entries.putNextEntry(new ZipEntry("vocabulary_download_v5/" + file.getFileName()));
                Files.copy(file, entries);
                entries.closeEntry();
            }
        }
        return zip;
    }
}
