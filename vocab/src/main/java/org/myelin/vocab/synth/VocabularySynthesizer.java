package org.myelin.vocab.synth;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes a synthetic Athena bundle (tab-separated, header row, no quoting, {@code yyyymmdd} dates) of a
 * realistic shape: several vocabularies, trees several levels deep with their ancestor closure, "Maps to"
 * from source to standard concepts, deprecated and replaced concepts, and names with quotes,
 * backslashes, non-ASCII characters and more than 255 characters. The same seed gives the same files;
 * rows are streamed, so a bundle of full Athena size needs no more memory than a small one.
 */
public final class VocabularySynthesizer {

    private static final String START = "19700101";
    private static final String END = "20991231";
    private static final String DEPRECATED_END = "20200131";

    private final long seed;

    public VocabularySynthesizer(long seed) {
        this.seed = seed;
    }

    /** Writes a bundle of {@code concepts} concepts (at least 20) into {@code folder}, creating it if needed. */
    public SynthesisResult write(int concepts, Path folder) {
        SyntheticShape shape = new SyntheticShape(concepts, seed);
        Map<String, Long> rows = new LinkedHashMap<>();
        try {
            Files.createDirectories(folder);
            rows.put("VOCABULARY.csv", writeVocabularies(shape, folder));
            rows.put("DOMAIN.csv", writeFile(folder, "DOMAIN.csv", "domain_id\tdomain_name\tdomain_concept_id", out -> {
                for (String domain : new String[] {"Condition", "Measurement", "Drug", "Metadata"}) {
                    out.row(domain, domain, "0");
                }
            }));
            rows.put("CONCEPT_CLASS.csv", writeFile(folder, "CONCEPT_CLASS.csv",
                    "concept_class_id\tconcept_class_name\tconcept_class_concept_id", out -> {
                        for (SyntheticShape.Block block : shape.blocks()) {
                            out.row(block.conceptClassId(), block.conceptClassId(), "0");
                        }
                    }));
            rows.put("RELATIONSHIP.csv", writeRelationshipTypes(folder));
            rows.put("CONCEPT.csv", writeConcepts(shape, folder));
            rows.put("CONCEPT_SYNONYM.csv", writeFile(folder, "CONCEPT_SYNONYM.csv",
                    "concept_id\tconcept_synonym_name\tlanguage_concept_id", out -> {
                        for (int id = 1; id <= shape.concepts(); id += 4) {
                            out.row(Integer.toString(id), "synonym of " + shape.name(id), "4180186");
                        }
                    }));
            rows.put("CONCEPT_RELATIONSHIP.csv", writeRelationships(shape, folder));
            rows.put("CONCEPT_ANCESTOR.csv", writeAncestors(shape, folder));
            rows.put("DRUG_STRENGTH.csv", writeDrugStrength(shape, folder));
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the synthetic bundle into " + folder, e);
        }
        return new SynthesisResult(folder, rows);
    }

    private long writeVocabularies(SyntheticShape shape, Path folder) throws IOException {
        return writeFile(folder, "VOCABULARY.csv",
                "vocabulary_id\tvocabulary_name\tvocabulary_reference\tvocabulary_version\tvocabulary_concept_id", out -> {
                    out.row("None", "OMOP Standardized Vocabularies", "Myelin synthetic", "Synthetic seed " + seed, "0");
                    for (SyntheticShape.Block block : shape.blocks()) {
                        out.row(block.vocabularyId(), "Synthetic " + block.vocabularyId(), "Myelin synthetic",
                                "synthetic", "0");
                    }
                });
    }

    private static long writeRelationshipTypes(Path folder) throws IOException {
        return writeFile(folder, "RELATIONSHIP.csv", "relationship_id\trelationship_name\tis_hierarchical"
                + "\tdefines_ancestry\treverse_relationship_id\trelationship_concept_id", out -> {
                    out.row("Is a", "Is a", "1", "1", "Subsumes", "0");
                    out.row("Subsumes", "Subsumes", "1", "1", "Is a", "0");
                    out.row("Maps to", "Non-standard to Standard map (OMOP)", "0", "0", "Mapped from", "0");
                    out.row("Mapped from", "Standard to Non-standard map (OMOP)", "0", "0", "Maps to", "0");
                    out.row("Maps to value", "Maps to value", "0", "0", "Value mapped from", "0");
                    out.row("Value mapped from", "Value mapped from", "0", "0", "Maps to value", "0");
                    out.row("Concept replaced by", "Concept replaced by (OMOP)", "0", "0", "Concept replaces", "0");
                    out.row("Concept replaces", "Concept replaces (OMOP)", "0", "0", "Concept replaced by", "0");
                });
    }

    private static long writeConcepts(SyntheticShape shape, Path folder) throws IOException {
        return writeFile(folder, "CONCEPT.csv", "concept_id\tconcept_name\tdomain_id\tvocabulary_id\tconcept_class_id"
                + "\tstandard_concept\tconcept_code\tvalid_start_date\tvalid_end_date\tinvalid_reason", out -> {
                    for (int id = 1; id <= shape.concepts(); id++) {
                        SyntheticShape.Block block = shape.block(id);
                        boolean invalid = shape.deprecated(id) || shape.upgraded(id);
                        out.row(Integer.toString(id), shape.name(id), block.domainId(), block.vocabularyId(),
                                block.conceptClassId(), shape.standard(id) ? "S" : "", shape.code(id), START,
                                invalid ? DEPRECATED_END : END,
                                shape.deprecated(id) ? "D" : shape.upgraded(id) ? "U" : "");
                    }
                });
    }

    private static long writeRelationships(SyntheticShape shape, Path folder) throws IOException {
        return writeFile(folder, "CONCEPT_RELATIONSHIP.csv", "concept_id_1\tconcept_id_2\trelationship_id"
                + "\tvalid_start_date\tvalid_end_date\tinvalid_reason", out -> {
                    for (int id = 1; id <= shape.concepts(); id++) {
                        String self = Integer.toString(id);
                        int parent = shape.parent(id);
                        if (parent > 0) {
                            boolean gone = shape.deprecated(id);
                            out.pair(self, Integer.toString(parent), "Is a", "Subsumes", gone);
                        }
                        if (shape.standard(id)) {
                            out.pair(self, self, "Maps to", "Mapped from", false);
                        } else if (!shape.block(id).standard()) {
                            out.pair(self, Integer.toString(shape.mapTarget(id, 0)), "Maps to", "Mapped from", false);
                            if (shape.mapsToValue(id)) {
                                out.pair(self, Integer.toString(shape.mapTarget(id, 1)), "Maps to value",
                                        "Value mapped from", false);
                            }
                            if (shape.hasDeprecatedMapping(id)) {
                                out.pair(self, Integer.toString(shape.mapTarget(id, 2)), "Maps to", "Mapped from", true);
                            }
                            if (shape.upgraded(id)) {
                                out.pair(self, Integer.toString(id - 1), "Concept replaced by", "Concept replaces",
                                        false);
                            }
                        }
                    }
                });
    }

    private static long writeAncestors(SyntheticShape shape, Path folder) throws IOException {
        return writeFile(folder, "CONCEPT_ANCESTOR.csv", "ancestor_concept_id\tdescendant_concept_id"
                + "\tmin_levels_of_separation\tmax_levels_of_separation", out -> {
                    for (int id = 1; id <= shape.concepts(); id++) {
                        if (!shape.standard(id)) {
                            continue;
                        }
                        String descendant = Integer.toString(id);
                        int level = 0;
                        for (int ancestor = id; ancestor > 0; ancestor = shape.parent(ancestor), level++) {
                            String levels = Integer.toString(level);
                            out.row(Integer.toString(ancestor), descendant, levels, levels);
                        }
                    }
                });
    }

    private static long writeDrugStrength(SyntheticShape shape, Path folder) throws IOException {
        SyntheticShape.Block rxnorm = shape.blocks().get(2);
        return writeFile(folder, "DRUG_STRENGTH.csv", "drug_concept_id\tingredient_concept_id\tamount_value"
                + "\tamount_unit_concept_id\tnumerator_value\tnumerator_unit_concept_id\tdenominator_value"
                + "\tdenominator_unit_concept_id\tbox_size\tvalid_start_date\tvalid_end_date\tinvalid_reason", out -> {
                    for (int id = rxnorm.first() + 1; id <= rxnorm.last(); id += 5) {
                        out.row(Integer.toString(id), Integer.toString(rxnorm.first()), "10", "8576", "", "", "", "",
                                "", START, END, "");
                    }
                });
    }

    private interface Rows {
        void write(TsvOut out) throws IOException;
    }

    private static long writeFile(Path folder, String fileName, String header, Rows rows) throws IOException {
        try (Writer writer = new BufferedWriter(new OutputStreamWriter(
                Files.newOutputStream(folder.resolve(fileName)), StandardCharsets.UTF_8), 1 << 16)) {
            writer.write(header);
            writer.write('\n');
            TsvOut out = new TsvOut(writer);
            rows.write(out);
            return out.rows;
        }
    }

    /** Writes tab-separated rows exactly as given: Athena has no quoting, so neither does this. */
    private static final class TsvOut {
        private final Writer writer;
        private long rows;

        TsvOut(Writer writer) {
            this.writer = writer;
        }

        void row(String... fields) throws IOException {
            for (int i = 0; i < fields.length; i++) {
                if (i > 0) {
                    writer.write('\t');
                }
                writer.write(fields[i]);
            }
            writer.write('\n');
            rows++;
        }

        /** A relationship and its reverse, valid or deprecated. */
        void pair(String from, String to, String relationship, String reverse, boolean deprecated) throws IOException {
            String end = deprecated ? DEPRECATED_END : END;
            String reason = deprecated ? "D" : "";
            row(from, to, relationship, START, end, reason);
            if (!from.equals(to) || !relationship.equals(reverse)) {
                row(to, from, reverse, START, end, reason);
            }
        }
    }
}
