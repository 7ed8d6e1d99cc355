package org.myelin.vocab.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT_RELATIONSHIP;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.Record3;
import org.jooq.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.load.LoadProgress;
import org.myelin.vocab.load.VocabularyLoader;
import org.myelin.vocab.synth.VocabularySynthesizer;

@ExtendWith(TestDatabaseExtension.class)
class ResolverOnSyntheticBundleTests {

    @Test
    void everySourceCodeResolvesToWhatItsValidMapsToRowsSay(TestDatabase database, @TempDir Path folder) {
        // given a synthetic bundle with upgraded codes, deprecated mappings and Maps to value
        new VocabularySynthesizer(11).write(8_000, folder);
        new VocabularyLoader(database.dataSource(), Schemas.DEFAULT, LoadProgress.silent()).load(folder);
        DSLContext sql = database.sql();

        // when the source vocabulary and its targets are resolved
        ConceptResolver resolver = ConceptResolver.load(database.dataSource(), Schemas.DEFAULT,
                List.of("ICD10CM", "SNOMED"), LocalDate.of(2024, 1, 1));

        // then each code's first Maps to is the one valid Maps to row in the database
        Result<Record3<String, Integer, String>> validMaps = sql
                .select(CONCEPT.CONCEPT_CODE, CONCEPT_RELATIONSHIP.CONCEPT_ID_2, CONCEPT.INVALID_REASON)
                .from(CONCEPT).join(CONCEPT_RELATIONSHIP).on(CONCEPT_RELATIONSHIP.CONCEPT_ID_1.eq(CONCEPT.CONCEPT_ID))
                .where(CONCEPT.VOCABULARY_ID.eq("ICD10CM"))
                .and(CONCEPT_RELATIONSHIP.RELATIONSHIP_ID.eq("Maps to"))
                .and(CONCEPT_RELATIONSHIP.INVALID_REASON.isNull())
                .fetch();
        Map<String, Integer> expected = validMaps.intoMap(CONCEPT.CONCEPT_CODE, CONCEPT_RELATIONSHIP.CONCEPT_ID_2);
        assertThat(expected).hasSize(sql.fetchCount(CONCEPT, CONCEPT.VOCABULARY_ID.eq("ICD10CM")));
        assertThat(validMaps).anySatisfy(row -> assertThat(row.value3()).isEqualTo("U"));
        expected.forEach((code, target) -> assertThat(resolver.standardConceptId("ICD10CM", code)).as(code).isEqualTo(target));
        assertThat(sql.fetchCount(CONCEPT_RELATIONSHIP, CONCEPT_RELATIONSHIP.RELATIONSHIP_ID.eq("Maps to value")))
                .isEqualTo(expected.keySet().stream().mapToInt(code -> resolver.resolve("ICD10CM", code).size() - 1).sum());
    }
}
