package org.myelin.cohort.library;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import javax.sql.DataSource;
import org.jooq.Condition;
import org.jooq.Record3;
import org.jooq.Row2;
import org.jooq.impl.DSL;
import org.myelin.sql.Schemas;

/**
 * Finds the standard, valid concepts of many {@link ConceptReference}s in the loaded vocabulary with one query.
 *
 * <p>The SQL: {@code select concept_id, vocabulary_id, concept_code from vocab.concept where standard_concept = 'S'
 * and invalid_reason is null and ((vocabulary_id, concept_code) in (...) or concept_id in (...))}.
 */
public final class ConceptLookup {

    private final DataSource dataSource;
    private final Schemas schemas;

    public ConceptLookup(DataSource dataSource, Schemas schemas) {
        this.dataSource = dataSource;
        this.schemas = schemas;
    }

    /** The concept id of each reference found; a reference missing from the answer has no such standard concept. */
    public Map<ConceptReference, Integer> find(Collection<ConceptReference> references) {
        List<Row2<String, String>> codes = references.stream().filter(reference -> reference.conceptCode() != null)
                .map(reference -> DSL.row(reference.vocabularyId(), Objects.requireNonNull(reference.conceptCode())))
                .distinct().toList();
        List<Integer> ids = references.stream().map(ConceptReference::conceptId).filter(Objects::nonNull).distinct()
                .toList();
        Condition named = DSL.noCondition();
        if (!codes.isEmpty()) {
            named = named.or(DSL.row(CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE).in(codes));
        }
        if (!ids.isEmpty()) {
            named = named.or(CONCEPT.CONCEPT_ID.in(ids));
        }
        Map<ConceptReference, Integer> found = new HashMap<>();
        if (codes.isEmpty() && ids.isEmpty()) {
            return found;
        }
        for (Record3<Integer, String, String> concept : DSL.using(dataSource, Schemas.dialect(), schemas.settings())
                .select(CONCEPT.CONCEPT_ID, CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE).from(CONCEPT)
                .where(named).and(CONCEPT.STANDARD_CONCEPT.eq("S")).and(CONCEPT.INVALID_REASON.isNull()).fetch()) {
            found.put(ConceptReference.byCode(concept.value2(), concept.value3()), concept.value1());
            found.put(ConceptReference.byId(concept.value2(), concept.value1()), concept.value1());
        }
        found.keySet().retainAll(Set.copyOf(references));
        return found;
    }
}
