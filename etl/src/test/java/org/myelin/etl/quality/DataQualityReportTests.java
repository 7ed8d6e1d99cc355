package org.myelin.etl.quality;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@ExtendWith(TestDatabaseExtension.class)
class DataQualityReportTests {

    private static TestDatabase database;
    private static DataQualityRun first;
    private static DataQualityRun second;

    @TempDir
    Path directory;

    @BeforeAll
    static void runTwice(TestDatabase testDatabase) {
        database = testDatabase;
        database.migrate();
        QualityFixture.insertVocabulary(database.sql());
        // given a CDM whose one person was born implausibly early, checked twice
        database.sql().execute("""
                insert into cdm.person (person_id, gender_concept_id, year_of_birth, race_concept_id, ethnicity_concept_id)
                    values (1, 8507, 1800, 0, 0);
                insert into cdm.cdm_source (cdm_source_name, cdm_source_abbreviation, cdm_holder, source_release_date,
                    cdm_release_date, cdm_version_concept_id, cdm_version, vocabulary_version)
                    values ('Myelin test registry', 'MTR', 'Myelin', '2026-01-01', '2026-01-02', 0, 'v5.4', 'v5.0 test')
                """);
        first = new DataQualityRunner(database.dataSource(), Schemas.DEFAULT).run();
        second = new DataQualityRunner(database.dataSource(), Schemas.DEFAULT).run();
    }

    @Test
    void jsonFileHasTheShapeDqdsViewerReads() throws IOException {
        Path file = directory.resolve("dq/results.json");

        new DqdResultsFile(database.dataSource(), Schemas.DEFAULT).write(second, file);

        JsonNode json = JsonMapper.builder().build().readTree(Files.readString(file));
        assertThat(json.get("startTimestamp").asString()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(json.get("CheckResults").size()).isEqualTo(second.results().size());
        assertThat(json.get("Overview").get("countTotal").asInt()).isEqualTo(second.results().size());
        assertThat(json.get("Overview").get("countThresholdFailed").asLong())
                .isEqualTo(second.results().stream().filter(CheckResult::failed).count());
        assertThat(json.get("Metadata").get(0).get("CDM_SOURCE_NAME").asString()).isEqualTo("Myelin test registry");
        JsonNode yearOfBirth = null;
        for (JsonNode check : json.get("CheckResults")) {
            if (check.get("checkId").asString().equals("field_plausiblevaluelow_person_year_of_birth")) {
                yearOfBirth = check;
            }
        }
        assertThat(yearOfBirth).isNotNull();
        assertThat(yearOfBirth.get("CDM_TABLE_NAME").asString()).isEqualTo("PERSON");
        assertThat(yearOfBirth.get("NUM_VIOLATED_ROWS").asLong()).isEqualTo(1);
        assertThat(yearOfBirth.get("FAILED").asInt()).isEqualTo(1);
        assertThat(yearOfBirth.get("QUERY_TEXT").asString()).contains("year_of_birth").contains("1850");
    }

    @Test
    void htmlReportShowsRatesFailuresWithTheirSqlAndTheTrend() throws IOException {
        Path file = directory.resolve("dq.html");

        new DataQualityReport(database.dataSource(), Schemas.DEFAULT).write(second, file);

        String html = Files.readString(file);
        assertThat(html).contains("<h2>By category</h2>").contains("Plausibility").contains("<h2>By table</h2>")
                .contains("plausibleValueLow").contains("person.year_of_birth").contains("<details><summary>SQL</summary>")
                .contains("&quot;cdm&quot;.&quot;person&quot;").doesNotContain("<script").doesNotContain("http://", "https://www");
        assertThat(html.split("<circle", -1)).hasSize(3);
    }

    @Test
    void trendListsTheRunsOnTheSchemaOldestFirst() {
        var trend = new DataQualityReport(database.dataSource(), Schemas.DEFAULT).trend("cdm");

        assertThat(trend).extracting(DataQualityReport.TrendPoint::runId).containsExactly(first.runId(), second.runId());
        assertThat(trend.get(1).judged()).isEqualTo((int) second.results().stream().filter(r -> !r.notApplicable()).count());
        assertThat(trend.get(1).passed()).isEqualTo((int) second.results().stream().filter(CheckResult::passed).count());
    }
}
