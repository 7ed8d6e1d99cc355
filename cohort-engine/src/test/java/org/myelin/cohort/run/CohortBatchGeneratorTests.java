package org.myelin.cohort.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

@ExtendWith(TestDatabaseExtension.class)
class CohortBatchGeneratorTests {

    @Test
    void batchGivesTheSingleRunRowsAndSkipsOnlyTheBadDefinitions(TestDatabase database, @TempDir Path folder) throws IOException {
        // given three good definitions, a malformed one and one naming an undefined concept set
        CirceCase circe = new CirceCase(database, "batch").load("correlatedCriteria/groupTest_PREP.json");
        Path groups = copy("correlatedCriteria/groupExpression.json", folder.resolve("groups.json"));
        Path counts = copy("correlatedCriteria/countsExpression.json", folder.resolve("counts.json"));
        Path limits = copy("limits/limitExpression.json", folder.resolve("limits.json"));
        Path malformed = Files.writeString(folder.resolve("malformed.json"), "{\"PrimaryCriteria\": ");
        Path undefined = Files.writeString(folder.resolve("undefined.json"),
                "{\"PrimaryCriteria\": {\"CriteriaList\": [{\"DrugEra\": {\"CodesetId\": 5}}]}}");
        List<Path> files = List.of(groups, malformed, counts, undefined, limits);

        // when they run one by one (ids 1..5) and as a batch of two at a time (ids 101..105)
        CohortDefinitionFiles reader = new CohortDefinitionFiles();
        circe.generator().generate(reader.read(groups, 1));
        circe.generator().generate(reader.read(counts, 3));
        circe.generator().generate(reader.read(limits, 5));
        List<String> reported = new ArrayList<>();
        BatchOutcome batch = new CohortBatchGenerator(database.dataSource(), circe.schemas(), 2)
                .generate(files, 101, generation -> reported.add(generation.name()));

        // then the batch wrote the same rows, and named the files it refused
        assertThat(batch.generated()).extracting(CohortGeneration::cohortId).containsExactly(101, 103, 105);
        assertThat(batch.generated()).extracting(CohortGeneration::name).containsExactly("groups", "counts", "limits");
        assertThat(reported).containsExactlyInAnyOrder("groups", "counts", "limits");
        assertThat(batch.failed()).extracting(BatchFailure::cohortId).containsExactly(102, 104);
        assertThat(batch.failed().get(0).message()).startsWith(malformed + ": $.PrimaryCriteria: malformed JSON");
        assertThat(batch.failed().get(1).message())
                .isEqualTo("undefined: $.PrimaryCriteria.CriteriaList[0].DrugEra.CodesetId: concept set 5 is not defined in ConceptSets");
        for (int id = 1; id <= 5; id++) {
            assertThat(rows(circe, 100 + id)).as("cohort %d", id).isEqualTo(rows(circe, id));
        }
        assertThat(rows(circe, 101)).isNotEmpty();
    }

    private static List<String> rows(CirceCase circe, int cohortId) {
        return circe.sql().selectFrom(COHORT).where(COHORT.COHORT_DEFINITION_ID.eq(cohortId))
                .orderBy(COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE)
                .fetch(row -> row.getSubjectId() + " " + row.getCohortStartDate() + " " + row.getCohortEndDate());
    }

    private static Path copy(String fixture, Path target) throws IOException {
        try (InputStream in = CohortBatchGeneratorTests.class.getResourceAsStream("/circe/cohortgeneration/" + fixture)) {
            Files.copy(in, target);
        }
        return target;
    }
}
