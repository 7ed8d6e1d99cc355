package org.myelin.cohort.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.StatementCounter;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The results package on the hand-built CDM with the default minimum cell count of 5: the privacy test over every
 * exported file, the manifest's checksums, and bad input that must write nothing.
 */
@ExtendWith(TestDatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyPackageTests {

    private static final Pattern PERSON_ID = Pattern.compile("9000(0[1-9]|10)");
    private static final int MIN_CELL = 5;

    @TempDir
    Path folder;

    private TestDatabase database;
    private Path report;

    @BeforeAll
    void writePackage(TestDatabase testDatabase, @TempDir Path work) throws IOException {
        database = testDatabase;
        HandBuiltCdm.load(database);
        Path study = work.resolve("study.json");
        Files.writeString(work.resolve("first-ms-diagnosis.json"), firstMsDiagnosis());
        Files.writeString(study, """
                {"id": "privacy", "title": "Privacy <test> & report",
                 "targets": [{"cohortId": 101, "name": "target", "generated": true}],
                 "comparators": [{"cohortId": 102, "file": "first-ms-diagnosis.json"}],
                 "outcomes": [{"cohortId": 201, "name": "outcome", "generated": true},
                   {"cohortId": 202, "msOutcome": {"outcome": "cdw"}},
                   {"cohortId": 203, "file": "first-ms-diagnosis.json"}],
                 "relapseCohortId": 201,
                 "analyses": ["cohortCounts", "attrition", "characteristics", "incidence", "timeToEvent",
                   "treatmentSequences", "relapseRate"]}""");
        report = ResultsPackage.write(run(study, MIN_CELL), work.resolve("out"));
    }

    @Test
    void noExportedFileHoldsAPersonIdOrASmallCount() throws IOException {
        Path out = report.getParent();
        List<Path> files;
        try (Stream<Path> list = Files.list(out)) {
            files = list.toList();
        }
        assertThat(files).extracting(file -> file.getFileName().toString()).containsExactlyInAnyOrder(
                "cohort_counts.csv", "attrition.csv", "characteristics.csv", "incidence.csv", "time_to_event.csv",
                "treatment_lines.csv", "treatment_sequences.csv", "relapse_rates.csv", "columns.csv", "report.html",
                "manifest.json");
        for (Path file : files) {
            assertThat(PERSON_ID.matcher(Files.readString(file)).find()).as("a person id in %s", file).isFalse();
        }
        Map<String, List<String>> counts = new HashMap<>();
        for (String line : Files.readAllLines(out.resolve("columns.csv")).subList(1, Files.readAllLines(out.resolve("columns.csv")).size())) {
            String[] cells = line.split(",", 4);
            if (cells[2].equals("count")) {
                counts.computeIfAbsent(cells[0], key -> new ArrayList<>()).add(cells[1]);
            }
        }
        assertThat(counts).containsKeys("cohort_counts.csv", "attrition.csv", "characteristics.csv", "incidence.csv",
                "time_to_event.csv", "treatment_lines.csv", "treatment_sequences.csv", "relapse_rates.csv");
        int hidden = 0;
        for (var entry : counts.entrySet()) {
            List<String[]> rows = csv(out.resolve(entry.getKey()));
            List<String> header = List.of(rows.getFirst());
            for (String[] row : rows.subList(1, rows.size())) {
                for (String column : entry.getValue()) {
                    long count = Long.parseLong(row[header.indexOf(column)]);
                    assertThat(count >= 1 && count < MIN_CELL).as("%s %s = %d", entry.getKey(), column, count).isFalse();
                    hidden += count == -MIN_CELL ? 1 : 0;
                }
            }
        }
        assertThat(hidden).as("the hand-built CDM has small cells to hide").isGreaterThan(10);
    }

    @Test
    void figuresDerivedFromHiddenCountsAreHiddenToo() throws IOException {
        List<String[]> rows = csv(report.resolveSibling("characteristics.csv"));
        // one person had one DMT before index: count and percent hidden; seven had none: shown
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("101", "DMTs before index (distinct ingredients)",
                "1", "-5", "-5"));
        assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("101", "DMTs before index (distinct ingredients)",
                "0", "7", "70"));
        // three outcomes in the target: the rate and its interval are hidden, persons and person-years are not
        assertThat(csv(report.resolveSibling("incidence.csv")).get(1)).containsExactly("101", "201", "10", "-5",
                "14.2423", "-5", "-5", "-5");
        // three events of the cohort counted as relapses: the rate and its interval hidden with them
        assertThat(csv(report.resolveSibling("relapse_rates.csv")).get(1)).startsWith("101", "201", "10", "-5")
                .endsWith("-5", "-5", "-5");
        // rare sequences pooled, their count hidden
        assertThat(csv(report.resolveSibling("treatment_sequences.csv"))).anySatisfy(row -> assertThat(row)
                .containsExactly("101", "other sequences (each of fewer than 5 persons)", "", "-5", "-5"));
    }

    @Test
    void manifestHoldsProvenanceAndAChecksumPerFile() throws IOException {
        Path out = report.getParent();
        JsonNode manifest = JsonMapper.builder().build().readTree(Files.readString(out.resolve("manifest.json")));
        assertThat(manifest.get("study").get("id").stringValue()).isEqualTo("privacy");
        assertThat(manifest.get("parameters").get("minCellCount").intValue()).isEqualTo(MIN_CELL);
        assertThat(manifest.get("cdmSource").get("cdm_source_name").stringValue()).isEqualTo("Hand-built test CDM");
        assertThat(manifest.get("vocabularyVersion").stringValue()).isNotBlank();
        assertThat(manifest.get("myelinVersion").stringValue()).isEqualTo("test");
        assertThat(manifest.get("files")).hasSize(10);
        for (JsonNode file : manifest.get("files")) {
            byte[] bytes = Files.readAllBytes(out.resolve(file.get("name").stringValue()));
            assertThat(file.get("sha256").stringValue()).as(file.get("name").stringValue())
                    .isEqualTo(ResultsPackage.sha256(bytes));
        }
        try (ZipFile zip = new ZipFile(out.resolveSibling("out.zip").toFile())) {
            assertThat(zip.size()).isEqualTo(11);
            assertThat(zip.getEntry("out/report.html")).isNotNull();
        }
    }

    @Test
    void attritionOfTheGeneratedCohorts() throws IOException {
        // in the study's order: the comparator, the worsening outcome (no one on this CDM has a confirmed worsening:
        // zero stays zero), then the outcome from a definition file, generated before it with the comparator
        assertThat(csv(report.resolveSibling("attrition.csv"))).extracting(row -> String.join(",", row)).containsExactly(
                "cohort_id,step,label,persons,events,percent_persons",
                "102,0,Qualifying events,-5,-5,-5",
                "102,1,Final cohort,-5,-5,-5",
                "202,0,Outcome events,0,0,0",
                "202,1,Final cohort,0,0,0",
                "203,0,Qualifying events,-5,-5,-5",
                "203,1,Final cohort,-5,-5,-5");
    }

    @Test
    void anOutcomeThatWasNotGeneratedWritesNothing(@TempDir Path work) throws IOException {
        Files.writeString(work.resolve("ms.json"), firstMsDiagnosis());
        Path study = Files.writeString(work.resolve("study.json"), """
                {"id": "bad", "title": "bad",
                 "targets": [{"cohortId": 150, "file": "ms.json"}],
                 "outcomes": [{"cohortId": 999, "generated": true}],
                 "analyses": ["incidence"]}""");

        assertThatThrownBy(() -> run(study, MIN_CELL)).isInstanceOf(UserError.class).hasMessage(study
                + ": $.outcomes[0]: outcome cohort 999 was not generated (no row in the results schema's "
                + "cohort_definition); generate it first with 'myelin cohort run', or name a 'library' cohort or a "
                + "definition 'file'");
        assertThat(database.sql().fetchCount(org.myelin.sql.jooq.results.Tables.COHORT,
                org.myelin.sql.jooq.results.Tables.COHORT.COHORT_DEFINITION_ID.eq(150))).isZero();
    }

    @Test
    void theCohortsGeneratedBeforeTheStudyAreLookedUpInOneStatement() {
        StudyDefinition study = new StudyDefinitionReader().read("""
                {"id": "generated", "title": "generated", "targets": [{"cohortId": 101, "generated": true}],
                 "comparators": [{"cohortId": 102, "generated": true}],
                 "outcomes": [{"cohortId": 201, "generated": true}], "analyses": ["cohortCounts"]}""", "study.json",
                Path.of("."));
        StatementCounter counter = new StatementCounter(database.dataSource());

        StudyCohorts.Prepared prepared = new StudyCohorts(counter.dataSource(), Schemas.DEFAULT,
                StudyAnalysesTests.NO_LIBRARY).prepare(study, "study.json",
                        DSL.using(counter.dataSource(), Schemas.dialect(), Schemas.DEFAULT.settings()));

        // one query for the three cohorts (was one per cohort); nothing to generate
        assertThat(counter.statements()).isOne();
        assertThat(prepared.atlas()).isEmpty();
        assertThat(prepared.outcomes()).isEmpty();
    }

    @Test
    void aDefinitionTheCompilerRefusesIsOneLineNamingItsCohortAndWritesNothing(@TempDir Path work) throws IOException {
        Files.writeString(work.resolve("ms.json"), firstMsDiagnosis());
        Files.writeString(work.resolve("none.json"), """
                {"ConceptSets": [], "PrimaryCriteria": {"CriteriaList": []}}""");
        Path study = Files.writeString(work.resolve("study.json"), """
                {"id": "bad", "title": "bad",
                 "targets": [{"cohortId": 160, "file": "ms.json"}, {"cohortId": 161, "file": "none.json"}],
                 "analyses": ["cohortCounts"]}""");

        assertThatThrownBy(() -> run(study, MIN_CELL)).isInstanceOf(UserError.class).hasMessage(study
                + ": $.targets[1]: $.PrimaryCriteria.CriteriaList: no primary criteria; a cohort needs at least one");
        assertThat(database.sql().fetchCount(org.myelin.sql.jooq.results.Tables.COHORT,
                org.myelin.sql.jooq.results.Tables.COHORT.COHORT_DEFINITION_ID.eq(160))).isZero();
    }

    @Test
    void anUnknownLibraryCohortOrAnalysisIsOneLine(@TempDir Path work) throws IOException {
        Path study = Files.writeString(work.resolve("study.json"), """
                {"id": "bad", "title": "bad", "targets": [{"cohortId": 1, "library": "no-such-cohort"}],
                 "analyses": ["cohortCounts"]}""");
        assertThatThrownBy(() -> run(study, MIN_CELL)).isInstanceOf(UserError.class)
                .hasMessage(study + ": $.targets[0]: unknown library cohort 'no-such-cohort'; the library holds []");
        Path analysis = Files.writeString(work.resolve("analysis.json"), """
                {"id": "bad", "title": "bad", "targets": [{"cohortId": 101, "generated": true}],
                 "analyses": ["cohortCounts", "survival"]}""");
        assertThatThrownBy(() -> new StudyDefinitionReader().read(analysis)).isInstanceOf(UserError.class)
                .hasMessage(analysis + ": $.analyses[1]: unknown analysis 'survival'; known: [cohortCounts, attrition, "
                        + "characteristics, incidence, timeToEvent, treatmentSequences, relapseRate]");
        assertThatThrownBy(() -> new StudySettings(-1, "test")).isInstanceOf(UserError.class)
                .hasMessage("the minimum cell count must be 0 or more, not -1 (OHDSI networks use 5)");
    }

    @Test
    void aFolderThatIsNotAPackageIsNotReplaced(@TempDir Path work) throws IOException {
        Files.writeString(work.resolve("precious.txt"), "keep me");
        StudyResults results = run(Files.writeString(folder.resolve("study.json"), StudyAnalysesTests.STUDY), 0);

        assertThatThrownBy(() -> ResultsPackage.write(results, work)).isInstanceOf(UserError.class)
                .hasMessage(work + " exists and is not a Myelin results package; choose another --out");
        try (Stream<Path> left = Files.list(work)) {
            assertThat(left).extracting(path -> path.getFileName().toString()).containsExactly("precious.txt");
        }
    }

    private StudyResults run(Path study, int minCell) {
        return new StudyRunner(database.dataSource(), Schemas.DEFAULT, StudyAnalysesTests.NO_LIBRARY)
                .run(new StudyDefinitionReader().read(study), study.toString(), new StudySettings(minCell, "test"),
                        line -> { });
    }

    /** First MS diagnosis (persons 1 and 2 of the hand-built CDM), by the id the loaded vocabulary gives SNOMED 24700007. */
    private String firstMsDiagnosis() {
        Object ms = database.sql().fetchValue("select concept_id from vocab.concept where vocabulary_id = 'SNOMED' "
                + "and concept_code = '24700007'");
        return """
                {"ConceptSets": [{"id": 0, "name": "MS", "expression": {"items": [{"concept": {"CONCEPT_ID": %d},
                   "includeDescendants": true}]}}],
                 "PrimaryCriteria": {"CriteriaList": [{"ConditionOccurrence": {"CodesetId": 0, "First": true}}],
                   "ObservationWindow": {"PriorDays": 0, "PostDays": 0}, "PrimaryCriteriaLimit": {"Type": "First"}}}
                """.formatted(ms);
    }

    static List<String[]> csv(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            List<String> cells = new ArrayList<>();
            StringBuilder cell = new StringBuilder();
            boolean quoted = false;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '"' && quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = !quoted;
                } else if (c == ',' && !quoted) {
                    cells.add(cell.toString());
                    cell.setLength(0);
                } else {
                    cell.append(c);
                }
            }
            cells.add(cell.toString());
            rows.add(cells.toArray(String[]::new));
        }
        return rows;
    }
}
