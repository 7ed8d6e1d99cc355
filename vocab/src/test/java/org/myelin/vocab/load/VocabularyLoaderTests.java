package org.myelin.vocab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;
import static org.myelin.sql.jooq.vocab.Tables.VOCABULARY;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.SchemaKind;
import org.myelin.sql.Schemas;
import org.myelin.sql.migrate.SchemaMigrator;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import org.myelin.vocab.synth.SynthesisResult;
import org.myelin.vocab.synth.VocabularySynthesizer;
import org.myelin.vocab.validate.VocabularyValidator;

@ExtendWith(TestDatabaseExtension.class)
class VocabularyLoaderTests {

    private static TestDatabase database;

    @BeforeAll
    static void createDatabase(TestDatabase testDatabase) {
        database = testDatabase;
    }

    /** Each test loads into its own vocabulary schema, so that kept local concepts do not cross tests. */
    private static Schemas schemas(String vocab) {
        return new Schemas("cdm", vocab, "results", "myelin");
    }

    private static VocabularyLoader loader(String vocab) {
        return new VocabularyLoader(database.dataSource(), schemas(vocab), LoadProgress.silent());
    }

    private static DSLContext sql(String vocab) {
        return DSL.using(database.dataSource(), Schemas.dialect(), schemas(vocab).settings());
    }

    @Test
    void syntheticBundleLoadsWithEveryRowOfEveryFileAndValidatesClean(@TempDir Path folder) {
        // given a synthetic bundle
        SynthesisResult bundle = new VocabularySynthesizer(7).write(3_000, folder);

        // when it is loaded
        LoadResult result = loader("vocab_synthetic").load(folder);

        // then every table holds the rows of its file, and the vocabulary is consistent
        Map<String, Long> loaded = result.tables().stream()
                .collect(Collectors.toMap(TableLoad::table, TableLoad::rows));
        for (AthenaFile file : AthenaFile.values()) {
            assertThat(loaded.get(file.table().getName())).as(file.fileName()).isEqualTo(bundle.rows(file.fileName()));
            assertThat(result.validation().rowsPerTable().get(file.table().getName())).isEqualTo(bundle.rows(file.fileName()));
        }
        assertThat(sql("vocab_synthetic").fetchCount(CONCEPT)).isEqualTo(3_000);
        assertThat(result.validation().problems()).isEmpty();
        assertThat(result.validation().version()).isEqualTo("Synthetic seed 7");
        assertThat(new VocabularyValidator(database.dataSource(), schemas("vocab_synthetic")).version()).contains("Synthetic seed 7");
        assertThat(result.truncatedNames()).isPositive();
        assertThat(result.summary()).anySatisfy(line -> assertThat(line).startsWith("concept_relationship"));
    }

    @Test
    void quotesBackslashesAndNonAsciiInNamesAreLoadedLiterally(@TempDir Path folder) throws IOException {
        // given names that a CSV or text-mode COPY would misread
        new TinyBundle()
                .concept(1, "Wilson\"s Mills", "SNOMED", "A1")
                .concept(2, "\"Quoted\" at the start", "SNOMED", "A2")
                .concept(3, "C:\\path\\N and \\t", "SNOMED", "A3")
                .concept(4, "Sjögren–Larsson Ærø 痛み", "SNOMED", "A4\"")
                .writeTo(folder);

        // when loaded
        loader("vocab_quotes").load(folder);

        // then each name is stored byte for byte
        Map<Integer, String> names = sql("vocab_quotes").select(CONCEPT.CONCEPT_ID, CONCEPT.CONCEPT_NAME).from(CONCEPT)
                .fetchMap(CONCEPT.CONCEPT_ID, CONCEPT.CONCEPT_NAME);
        assertThat(names).containsExactlyInAnyOrderEntriesOf(Map.of(1, "Wilson\"s Mills", 2, "\"Quoted\" at the start",
                3, "C:\\path\\N and \\t", 4, "Sjögren–Larsson Ærø 痛み"));
        assertThat(sql("vocab_quotes").fetchValue(CONCEPT.CONCEPT_CODE, CONCEPT.CONCEPT_ID.eq(4))).isEqualTo("A4\"");
        assertThat(sql("vocab_quotes").fetchValue(CONCEPT.STANDARD_CONCEPT, CONCEPT.CONCEPT_ID.eq(4))).isEqualTo("S");
    }

    @Test
    void namesLongerThanTheColumnAreCutAtACharacterAndCounted(@TempDir Path folder) throws IOException {
        // given 300-character names (two-byte characters, and ASCII after a non-ASCII word) and one of exactly 255
        String longName = "é".repeat(300);
        String fitting = "x".repeat(255);
        String mixed = "Sjögren " + "x".repeat(300);
        new TinyBundle().concept(1, longName, "SNOMED", "L1").concept(2, fitting, "SNOMED", "L2")
                .concept(3, mixed, "SNOMED", "L3").writeTo(folder);

        // when loaded
        LoadResult result = loader("vocab_long").load(folder);

        // then the long names keep their first 255 characters, the fitting one is whole, and the cuts are counted
        assertThat(sql("vocab_long").fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(1))).isEqualTo("é".repeat(255));
        assertThat(sql("vocab_long").fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(2))).isEqualTo(fitting);
        assertThat(sql("vocab_long").fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(3)))
                .isEqualTo(mixed.substring(0, 255));
        assertThat(result.truncatedNames()).isEqualTo(2);
        assertThat(result.summary()).anySatisfy(line -> assertThat(line).contains("2 names cut"));
    }

    @Test
    void zipWithTheFilesInAFolderLoadsLikeTheFolder(@TempDir Path folder, @TempDir Path zips) throws IOException {
        // given Athena's zip layout
        new TinyBundle().concept(10, "From a zip", "SNOMED", "Z1").writeTo(folder);
        Path zip = TinyBundle.zip(folder, zips.resolve("vocabulary_download_v5.zip"));

        // when the zip is loaded
        LoadResult result = loader("vocab_zip").load(zip);

        // then its concept is the vocabulary
        assertThat(sql("vocab_zip").fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(10))).isEqualTo("From a zip");
        assertThat(result.validation().version()).isEqualTo("v5.0 TINY");
    }

    @Test
    void localConceptsOfThePreviousVocabularyAreKeptWhenANewBundleIsLoaded(@TempDir Path first, @TempDir Path second)
            throws IOException {
        // given a vocabulary holding a site concept in a local vocabulary
        new TinyBundle().concept(1, "Athena concept", "SNOMED", "S1")
                .concept(2_000_000_001, "Site concept: EDSS", "Myelin", "EDSS")
                .vocabulary("Myelin", 2_000_000_000).writeTo(first);
        loader("vocab_local").load(first);

        // when a new Athena bundle without it is loaded
        new TinyBundle().concept(1, "Athena concept, new release", "SNOMED", "S1").writeTo(second);
        LoadResult result = loader("vocab_local").load(second);

        // then the site concept, its vocabulary row and its self-ancestor are still there, beside the new release
        assertThat(result.keptLocalConcepts()).isEqualTo(1);
        assertThat(sql("vocab_local").fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(2_000_000_001)))
                .isEqualTo("Site concept: EDSS");
        assertThat(sql("vocab_local").fetchValue(CONCEPT.CONCEPT_NAME, CONCEPT.CONCEPT_ID.eq(1)))
                .isEqualTo("Athena concept, new release");
        assertThat(sql("vocab_local").fetchExists(VOCABULARY, VOCABULARY.VOCABULARY_ID.eq("Myelin"))).isTrue();
        assertThat(result.validation().problems()).isEmpty();
    }

    @Test
    void leftoverStagingSchemaOfAnInterruptedLoadIsReplacedNotAppendedTo(@TempDir Path folder) throws IOException {
        // given a staging schema left half-filled by a load that was killed
        new SchemaMigrator(database.dataSource()).migrate(SchemaKind.VOCAB, "vocab_killed_next", SchemaMigrator.TABLES_ONLY);
        sql("vocab_killed_next").insertInto(CONCEPT).values(99, "half-loaded", "Condition", "SNOMED", "Disorder", "S",
                "H1", LocalDate.of(1970, 1, 1), LocalDate.of(2099, 12, 31), null).execute();

        // when the next load runs
        new TinyBundle().concept(1, "Complete load", "SNOMED", "C1").writeTo(folder);
        loader("vocab_killed").load(folder);

        // then the vocabulary holds only the new bundle, and no staging schema is left
        assertThat(sql("vocab_killed").select(CONCEPT.CONCEPT_ID).from(CONCEPT).fetch(CONCEPT.CONCEPT_ID)).containsExactly(1);
        assertThat(database.sql().fetchExists(DSL.selectOne().from("information_schema.schemata")
                .where(DSL.field("schema_name").eq("vocab_killed_next")))).isFalse();
    }
}
