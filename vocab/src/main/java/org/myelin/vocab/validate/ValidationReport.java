package org.myelin.vocab.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * What a vocabulary schema holds and what is wrong with it.
 *
 * @param rowsPerTable rows of each vocabulary table, in load order
 * @param relationshipsToMissingConcepts CONCEPT_RELATIONSHIP rows naming a concept id absent from CONCEPT
 * @param ancestorsToMissingConcepts CONCEPT_ANCESTOR rows naming a concept id absent from CONCEPT
 * @param standardConceptsWithoutSelfAncestor standard concepts lacking their level-0 CONCEPT_ANCESTOR row
 * @param version the version of the VOCABULARY row {@code None}, which Athena uses for the whole release
 */
public record ValidationReport(String schema, Map<String, Long> rowsPerTable, long relationshipsToMissingConcepts,
        long ancestorsToMissingConcepts, long standardConceptsWithoutSelfAncestor, @Nullable String version) {

    public ValidationReport {
        rowsPerTable = Map.copyOf(rowsPerTable);
    }

    /** The same findings, reported for another schema name (the staging schema once it is swapped in). */
    public ValidationReport inSchema(String schemaName) {
        return new ValidationReport(schemaName, rowsPerTable, relationshipsToMissingConcepts, ancestorsToMissingConcepts,
                standardConceptsWithoutSelfAncestor, version);
    }

    /** One line per problem found; empty when the vocabulary is consistent. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (rowsPerTable.getOrDefault("concept", 0L) == 0) {
            problems.add("CONCEPT is empty");
        }
        if (relationshipsToMissingConcepts > 0) {
            problems.add(relationshipsToMissingConcepts + " concept relationships name a concept id missing from CONCEPT");
        }
        if (ancestorsToMissingConcepts > 0) {
            problems.add(ancestorsToMissingConcepts + " concept ancestor rows name a concept id missing from CONCEPT");
        }
        if (standardConceptsWithoutSelfAncestor > 0) {
            problems.add(standardConceptsWithoutSelfAncestor
                    + " standard concepts have no self-ancestor row (ancestor = descendant, level 0)");
        }
        if (version == null) {
            problems.add("VOCABULARY has no row 'None' giving the vocabulary version");
        }
        return problems;
    }
}
