package org.myelin.vocab.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.myelin.sql.jooq.vocab.Tables.CONCEPT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class BadBundleTests {

    private static final Schemas SCHEMAS = new Schemas("cdm", "vocab", "results", "myelin");
    private static final String GOOD_ROW = "1\tPrevious concept\tCondition\tSNOMED\tClinical Finding\tS\tP1\t19700101\t20991231\t";

    private static TestDatabase database;
    private static VocabularyLoader loader;

    @BeforeAll
    static void loadAPreviousVocabulary(TestDatabase testDatabase, @TempDir Path folder) throws IOException {
        database = testDatabase;
        loader = new VocabularyLoader(database.dataSource(), SCHEMAS, LoadProgress.silent());
        new TinyBundle().concept(1, "Previous concept", "SNOMED", "P1").writeTo(folder);
        loader.load(folder);
    }

    @Test
    void bundleWithoutConceptFileIsRefused(@TempDir Path folder) throws IOException {
        TinyBundle.write(folder, AthenaFile.VOCABULARY_FILE, List.of("None\tOMOP\t\tv5\t0"));

        assertRefusedWithPreviousVocabularyKept(folder, "has no CONCEPT.csv");
    }

    @Test
    void fileWithOtherColumnsThanAthenasIsRefusedAtLineOne(@TempDir Path folder) throws IOException {
        Files.writeString(folder.resolve("CONCEPT.csv"), TinyBundle.header(AthenaFile.CONCEPT_FILE)
                .replace("concept_code", "code") + "\n" + GOOD_ROW + "\n");

        assertRefusedWithPreviousVocabularyKept(folder, "CONCEPT.csv line 1: the columns are");
    }

    @Test
    void fileThatIsNotUtf8IsRefusedAtTheLineOfTheBadByte(@TempDir Path folder) throws IOException {
        byte[] latin1 = (TinyBundle.header(AthenaFile.CONCEPT_FILE) + "\n" + GOOD_ROW + "\n"
                + GOOD_ROW.replace("1\tPrevious concept", "2\tSjögren").replace("P1", "P2") + "\n")
                .getBytes(StandardCharsets.ISO_8859_1);
        Files.write(folder.resolve("CONCEPT.csv"), latin1);

        assertRefusedWithPreviousVocabularyKept(folder, "CONCEPT.csv line 3: byte 0xF6 in column concept_name is not UTF-8");
    }

    @Test
    void rowWithTheWrongNumberOfFieldsIsRefused(@TempDir Path folder) throws IOException {
        TinyBundle.write(folder, AthenaFile.CONCEPT_FILE, List.of(GOOD_ROW, "2\tShort row\tCondition\tSNOMED"));

        assertRefusedWithPreviousVocabularyKept(folder, "CONCEPT.csv line 3: 4 tab-separated fields, expected 10");
    }

    @Test
    void dateThatIsNotYyyymmddIsRefused(@TempDir Path folder) throws IOException {
        TinyBundle.write(folder, AthenaFile.CONCEPT_FILE, List.of(GOOD_ROW.replace("19700101", "1970-01-01")));

        assertRefusedWithPreviousVocabularyKept(folder,
                "CONCEPT.csv line 2: valid_start_date '1970-01-01' is not a date in yyyymmdd form");
    }

    @Test
    void impossibleDateFoundByPostgresNamesTheFileLine(@TempDir Path folder) throws IOException {
        TinyBundle.write(folder, AthenaFile.CONCEPT_FILE,
                List.of(GOOD_ROW, GOOD_ROW.replace("1\tPrevious", "2\tPrevious").replace("20991231", "20230230")));

        assertRefusedWithPreviousVocabularyKept(folder, "CONCEPT.csv line 3, column valid_end_date:");
    }

    @Test
    void idThatIsNotANumberNamesTheFileLine(@TempDir Path folder) throws IOException {
        TinyBundle.write(folder, AthenaFile.CONCEPT_FILE, List.of(GOOD_ROW, GOOD_ROW.replace("1\tPrevious", "x2\tPrevious")));

        assertRefusedWithPreviousVocabularyKept(folder, "CONCEPT.csv line 3, column concept_id:");
    }

    @Test
    void duplicateConceptIdsAreRefusedWhenTheKeysAreBuilt(@TempDir Path folder) throws IOException {
        TinyBundle.write(folder, AthenaFile.CONCEPT_FILE, List.of(GOOD_ROW, GOOD_ROW));

        assertRefusedWithPreviousVocabularyKept(folder, "repeats a key: ERROR: could not create unique index \"xpk_concept\"");
    }

    private static void assertRefusedWithPreviousVocabularyKept(Path folder, String message) {
        // when the bad bundle is loaded, then one clear line names the problem
        assertThatThrownBy(() -> loader.load(folder))
                .isInstanceOf(UserError.class)
                .hasMessageContaining(message)
                .satisfies(error -> assertThat(error.getMessage()).doesNotContain("\n"));

        // and the previous vocabulary is untouched, with no half-loaded schema left beside it
        DSLContext sql = DSL.using(database.dataSource(), Schemas.dialect(), SCHEMAS.settings());
        assertThat(sql.select(CONCEPT.CONCEPT_NAME).from(CONCEPT).fetch(CONCEPT.CONCEPT_NAME))
                .containsExactly("Previous concept");
        assertThat(sql.fetchExists(DSL.selectOne().from("information_schema.schemata")
                .where(DSL.field("schema_name").eq(loader.stagingSchema())))).isFalse();
    }
}
