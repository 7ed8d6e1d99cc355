package org.myelin.vocab.synth;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class VocabularySynthesizerTests {

    private static final List<String> FILES = List.of("CONCEPT.csv", "CONCEPT_RELATIONSHIP.csv", "CONCEPT_ANCESTOR.csv",
            "CONCEPT_SYNONYM.csv", "VOCABULARY.csv", "DOMAIN.csv", "CONCEPT_CLASS.csv", "RELATIONSHIP.csv",
            "DRUG_STRENGTH.csv");

    @Test
    void sameSeedWritesTheSameFilesAndAnotherSeedOthers(@TempDir Path first, @TempDir Path second, @TempDir Path third)
            throws IOException {
        new VocabularySynthesizer(1).write(5_000, first);
        new VocabularySynthesizer(1).write(5_000, second);
        new VocabularySynthesizer(2).write(5_000, third);

        for (String file : FILES) {
            assertThat(Files.mismatch(first.resolve(file), second.resolve(file))).as(file).isEqualTo(-1);
        }
        assertThat(Files.mismatch(first.resolve("CONCEPT.csv"), third.resolve("CONCEPT.csv"))).isNotEqualTo(-1);
    }

    @Test
    void bundleHasAthenasShapeAndTheAwkwardNames(@TempDir Path folder) throws IOException {
        SynthesisResult result = new VocabularySynthesizer(3).write(20_000, folder);

        List<String[]> concepts = rows(folder, "CONCEPT.csv", 10);
        assertThat(concepts).hasSize(20_000);
        assertThat(result.rows("CONCEPT.csv")).isEqualTo(20_000);
        assertThat(concepts.stream().map(row -> row[3]).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("SNOMED", "LOINC", "RxNorm", "ICD10CM");
        assertThat(concepts).anySatisfy(row -> assertThat(row[9]).isEqualTo("D"))
                .anySatisfy(row -> assertThat(row[9]).isEqualTo("U"))
                .anySatisfy(row -> assertThat(row[1]).contains("\"s Mills"))
                .anySatisfy(row -> assertThat(row[1]).startsWith("\""))
                .anySatisfy(row -> assertThat(row[1]).contains("\\"))
                .anySatisfy(row -> assertThat(row[1]).contains("Sjögren"))
                .anySatisfy(row -> assertThat(row[1].length()).isGreaterThan(255));

        Map<String, String[]> byId = new HashMap<>();
        concepts.forEach(row -> byId.put(row[0], row));
        Set<String> selfAncestors = new HashSet<>();
        int deepest = 0;
        for (String[] row : rows(folder, "CONCEPT_ANCESTOR.csv", 4)) {
            assertThat(byId.get(row[0])[5]).isEqualTo("S");
            if (row[0].equals(row[1])) {
                selfAncestors.add(row[0]);
            }
            deepest = Math.max(deepest, Integer.parseInt(row[3]));
        }
        assertThat(deepest).isGreaterThanOrEqualTo(3);
        assertThat(selfAncestors).isEqualTo(concepts.stream().filter(row -> row[5].equals("S")).map(row -> row[0])
                .collect(Collectors.toSet()));

        List<String[]> mapsTo = rows(folder, "CONCEPT_RELATIONSHIP.csv", 6).stream()
                .filter(row -> row[2].equals("Maps to") && row[5].isEmpty()).toList();
        assertThat(mapsTo).anySatisfy(row -> assertThat(byId.get(row[0])[3]).isEqualTo("ICD10CM"))
                .allSatisfy(row -> assertThat(byId.get(row[1])[5]).isEqualTo("S"));
    }

    /** The data rows of a file, each checked to have the header's number of tab-separated fields. */
    private static List<String[]> rows(Path folder, String file, int fields) throws IOException {
        List<String> lines = Files.readAllLines(folder.resolve(file), StandardCharsets.UTF_8);
        assertThat(lines.getFirst().split("\t", -1)).hasSize(fields);
        List<String[]> rows = lines.subList(1, lines.size()).stream().map(line -> line.split("\t", -1)).toList();
        assertThat(rows).allSatisfy(row -> assertThat(row).hasSize(fields));
        return rows;
    }
}
