package org.myelin.mappings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.SOURCE_TO_CONCEPT_MAP;

import java.io.IOException;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class SourceMappingsTests {

    private static TestDatabase database;

    @BeforeAll
    static void vocabulary(TestDatabase testDatabase) {
        database = testDatabase;
        database.migrate();
        var sql = database.sql();
        LocalDate start = LocalDate.of(1970, 1, 1);
        LocalDate end = LocalDate.of(2099, 12, 31);
        sql.insertInto(CONCEPT, CONCEPT.CONCEPT_ID, CONCEPT.CONCEPT_NAME, CONCEPT.DOMAIN_ID, CONCEPT.VOCABULARY_ID,
                        CONCEPT.CONCEPT_CLASS_ID, CONCEPT.STANDARD_CONCEPT, CONCEPT.CONCEPT_CODE, CONCEPT.VALID_START_DATE,
                        CONCEPT.VALID_END_DATE, CONCEPT.INVALID_REASON)
                .values(735843, "natalizumab", "Drug", "RxNorm", "Ingredient", "S", "354770", start, end, null)
                .values(21601234, "natalizumab", "Drug", "ATC", "ATC 5th", null, "L04AA23", start, end, null)
                .values(2000000020, "EDSS", "Measurement", "Myelin", "Clinical Observation", "S", "EDSS", start, end, null)
                .values(2000000099, "retired", "Measurement", "Myelin", "Clinical Observation", null, "OLD", start, end, "D")
                .execute();
    }

    @Test
    void targetsResolveByCodeOrIdAndSourceCodesMatchWhateverTheirCase() throws IOException {
        SourceMappings mappings = SourceMappings.resolve(database.dataSource(), Schemas.DEFAULT, rows("""
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                MyelinDrug,Tysabri,brand,RxNorm,,735843
                ATC,L04AA23,natalizumab,RxNorm,,735843
                MyelinVisit,edss,EDSS,Myelin,EDSS,
                MyelinVisit,fs_visual,visual FS,Myelin,FS_VISUAL,
                MyelinVisit,old,retired,Myelin,OLD,
                MyelinDrug,wrongvocab,wrong,SNOMED,,735843
                """));

        assertThat(mappings.find("MyelinDrug", "  TYSABRI ")).hasValueSatisfying(target -> {
            assertThat(target.conceptId()).isEqualTo(735843);
            assertThat(target.domainId()).isEqualTo("Drug");
        });
        assertThat(mappings.find("MyelinVisit", "EDSS")).map(SourceMappings.Target::domainId).contains("Measurement");
        assertThat(mappings.find("MyelinVisit", "fs_visual")).isEmpty();
        assertThat(mappings.unresolved()).extracting(unresolved -> unresolved.row().sourceCode() + ": " + unresolved.reason())
                .containsExactly("fs_visual: target Myelin FS_VISUAL is not in the loaded vocabulary",
                        "old: target concept 2000000099 is no longer valid",
                        "wrongvocab: target concept 735843 belongs to vocabulary RxNorm, not SNOMED");
    }

    @Test
    void siteRowsOverrideBundledRowsForTheSameSourceCode() throws IOException {
        List<MappingRow> rows = new java.util.ArrayList<>(rows("""
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                MyelinVisit,edss,bundled,Myelin,OLD,
                """));
        rows.addAll(rows("""
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                MyelinVisit,EDSS,site,Myelin,EDSS,
                """));

        SourceMappings mappings = SourceMappings.resolve(database.dataSource(), Schemas.DEFAULT, rows);

        assertThat(mappings.size()).isEqualTo(1);
        assertThat(mappings.find("MyelinVisit", "edss")).map(SourceMappings.Target::conceptId).contains(2000000020);
        assertThat(mappings.unresolved()).isEmpty();
    }

    @Test
    void resolvedRowsReplaceTheirVocabulariesInSourceToConceptMap() throws IOException {
        SourceMappings mappings = SourceMappings.resolve(database.dataSource(), Schemas.DEFAULT, rows("""
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                ATC,L04AA23,natalizumab,RxNorm,,735843
                MyelinVisit,edss,EDSS,Myelin,EDSS,
                MyelinVisit,fs_visual,visual FS,Myelin,FS_VISUAL,
                """));

        mappings.writeSourceToConceptMap(database.dataSource(), Schemas.DEFAULT);
        mappings.writeSourceToConceptMap(database.dataSource(), Schemas.DEFAULT);

        var rows = database.sql().select(SOURCE_TO_CONCEPT_MAP.SOURCE_CODE, SOURCE_TO_CONCEPT_MAP.SOURCE_CONCEPT_ID,
                        SOURCE_TO_CONCEPT_MAP.TARGET_CONCEPT_ID)
                .from(SOURCE_TO_CONCEPT_MAP).orderBy(SOURCE_TO_CONCEPT_MAP.SOURCE_CODE).fetch();
        assertThat(rows).extracting(row -> row.value1() + "|" + row.value2() + "|" + row.value3())
                .containsExactly("L04AA23|21601234|735843", "edss|0|2000000020", "fs_visual|0|0");
    }

    @Test
    void bundledFilesAreWellFormedWithOneTargetPerSourceCode() {
        List<MappingRow> bundled = MappingFileReader.bundled();
        Set<String> keys = new HashSet<>();

        assertThat(bundled).hasSizeGreaterThan(100);
        for (MappingRow row : bundled) {
            assertThat(keys.add(row.key())).as("duplicate source code at " + row.locator()).isTrue();
        }
        assertThat(bundled).filteredOn(row -> row.sourceVocabularyId().equals("ATC")).hasSizeGreaterThan(20);
    }

    @Test
    void malformedFilesNameTheFileAndLine() {
        assertThatThrownBy(() -> rows("""
                source_vocabulary_id,source_code,target_vocabulary_id
                MyelinDrug,x,RxNorm
                """)).isInstanceOf(UserError.class).hasMessageContaining("test.csv: missing column(s) source_code_description");
        assertThatThrownBy(() -> rows("""
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                MyelinDrug,tysabri,brand,RxNorm,,735843
                MyelinDrug,gilenya,brand,RxNorm,,
                """)).isInstanceOf(UserError.class).hasMessage("test.csv:3: give target_concept_code or target_concept_id for gilenya");
        assertThatThrownBy(() -> rows("""
                source_vocabulary_id,source_code,source_code_description,target_vocabulary_id,target_concept_code,target_concept_id
                MyelinDrug,tysabri,brand,RxNorm,,seven
                """)).isInstanceOf(UserError.class).hasMessageContaining("test.csv:2: target_concept_id 'seven'");
    }

    private static List<MappingRow> rows(String csv) throws IOException {
        return MappingFileReader.read(new StringReader(csv), "test.csv");
    }
}
