package org.myelin.etl.quality;

import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.myelin.etl.quality.QualityConfiguration.ConceptCode;

/** The concept ids of the configured vocabulary codes, looked up in the vocabulary schema in one query. */
final class ConceptIds {

    private final Map<ConceptCode, Integer> ids;

    private ConceptIds(Map<ConceptCode, Integer> ids) {
        this.ids = ids;
    }

    static ConceptIds resolve(DSLContext sql, List<ConceptCode> codes) {
        Map<ConceptCode, Integer> ids = new HashMap<>();
        if (!codes.isEmpty()) {
            var wanted = codes.stream().map(code -> DSL.row(DSL.val(code.vocabularyId()), DSL.val(code.code()))).toList();
            sql.select(CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE, CONCEPT.CONCEPT_ID).from(CONCEPT)
                    .where(DSL.row(CONCEPT.VOCABULARY_ID, CONCEPT.CONCEPT_CODE).in(wanted))
                    .forEach(row -> ids.put(new ConceptCode(row.value1(), row.value2()), row.value3()));
        }
        return new ConceptIds(ids);
    }

    Optional<Integer> id(ConceptCode code) {
        return Optional.ofNullable(ids.get(code));
    }
}
