package org.myelin.cohort.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.cohort.run.CohortDefinition;
import org.myelin.sql.Schemas;
import org.myelin.sql.testing.StatementCounter;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/** Every analysis on the hand-built CDM, against figures worked out by hand (no small-cell hiding: minimum 0). */
@ExtendWith(TestDatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StudyAnalysesTests {

    static final String STUDY = """
            {"id": "hand-built", "title": "Hand-built study",
             "targets": [{"cohortId": 101, "name": "target", "generated": true}],
             "outcomes": [{"cohortId": 201, "name": "outcome", "generated": true}],
             "analyses": ["cohortCounts", "characteristics", "incidence", "timeToEvent", "treatmentSequences"]}""";

    static final CohortLibrary NO_LIBRARY = new CohortLibrary() {
        @Override
        public List<String> keys() {
            return List.of();
        }

        @Override
        public List<CohortDefinition> definitions(List<String> keys) {
            throw new IllegalStateException("no library in this test");
        }
    };

    private StudyResults results;
    private TestDatabase database;

    @BeforeAll
    void runStudy(TestDatabase database) {
        this.database = database;
        HandBuiltCdm.load(database);
        StudyDefinition study = new StudyDefinitionReader().read(STUDY, "study.json", Path.of("."));
        results = new StudyRunner(database.dataSource(), Schemas.DEFAULT, NO_LIBRARY)
                .run(study, "study.json", new StudySettings(0, "test"), line -> { });
    }

    @Test
    void theStudyConceptsAreResolvedWithTwoStatements() {
        StatementCounter counter = new StatementCounter(database.dataSource());

        StudyConcepts concepts = StudyConcepts.resolve(counter.dataSource(), Schemas.DEFAULT);

        // the concepts of every line of study/concepts.csv, then all their descendants (was two per line)
        assertThat(counter.statements()).isEqualTo(2);
        assertThat(concepts.of(ConceptRole.EDSS)).hasSize(1);
        assertThat(concepts.of(ConceptRole.DMT)).hasSameSizeAs(concepts.dmtIngredients()).hasSizeGreaterThanOrEqualTo(19);
    }

    @Test
    void cohortCountsArePersonsAndEntries() {
        assertThat(results.table("cohort_counts.csv").rows()).containsExactly(
                List.of(101, "target", "target", "generated before the study", 10L, 10L),
                List.of(201, "outcome", "outcome", "generated before the study", 5L, 5L));
    }

    @Test
    void incidenceCountsFirstOutcomesInTheTimeAtRiskWithExactPoissonLimits() {
        List<@Nullable Object> row = results.table("incidence.csv").rows().getFirst();
        // outcomes on days 100, 200, 366; person 6 censored on day 150; six persons followed 731 days
        double personYears = (100 + 200 + 366 + 150 + 6 * 731) / 365.25;
        assertThat(row.subList(0, 4)).containsExactly(101, 201, 10L, 3L);
        assertThat((double) row.get(4)).isCloseTo(personYears, within(1e-9));
        assertThat((double) row.get(5)).isCloseTo(3000 / personYears, within(1e-9));
        // exact Poisson limits for 3 events: 0.6187 and 8.7673 (Garwood; standard tables)
        assertThat((double) row.get(6)).isCloseTo(1000 * 0.618672 / personYears, within(1e-3));
        assertThat((double) row.get(7)).isCloseTo(1000 * 8.767273 / personYears, within(1e-3));
    }

    @Test
    void poissonLimitsMatchPublishedValues() {
        assertThat(PoissonInterval.upper(0)).isCloseTo(3.688879, within(1e-5));
        assertThat(PoissonInterval.lower(1)).isCloseTo(0.025318, within(1e-5));
        assertThat(PoissonInterval.upper(1)).isCloseTo(5.571643, within(1e-5));
        assertThat(PoissonInterval.lower(10)).isCloseTo(4.795389, within(1e-5));
        assertThat(PoissonInterval.upper(10)).isCloseTo(18.390356, within(1e-5));
        assertThat(PoissonInterval.lower(200)).isCloseTo(173.240883, within(1e-5));
    }

    @Test
    void kaplanMeierStepsAtEachIntervalWithNumbersAtRisk() {
        List<List<@Nullable Object>> curve = results.table("time_to_event.csv").rows();
        // 0..810 by 90 days: the last point holds the six censored on day 731
        assertThat(curve).hasSize(10);
        assertThat(curve).extracting(row -> row.get(2)).containsExactly(0, 90, 180, 270, 360, 450, 540, 630, 720, 810);
        assertThat(curve).extracting(row -> row.get(3)).containsExactly(10L, 10L, 8L, 7L, 7L, 6L, 6L, 6L, 6L, 0L);
        assertThat(curve).extracting(row -> row.get(4)).containsExactly(0L, 0L, 1L, 1L, 0L, 1L, 0L, 0L, 0L, 0L);
        assertThat(curve).extracting(row -> row.get(5)).containsExactly(0L, 0L, 1L, 0L, 0L, 0L, 0L, 0L, 0L, 6L);
        double[] survival = {1, 1, 0.9, 0.9 * 7 / 8, 0.9 * 7 / 8, 0.9 * 7 / 8 * 6 / 7, 0.675, 0.675, 0.675, 0.675};
        for (int i = 0; i < survival.length; i++) {
            assertThat((double) curve.get(i).get(6)).as("survival at day %s", curve.get(i).get(2))
                    .isCloseTo(survival[i], within(1e-12));
        }
        // log-log interval at S = 0.9 after one event among 10: Greenwood 1/90
        assertThat((double) curve.get(2).get(7)).isCloseTo(0.4730, within(1e-3));
        assertThat((double) curve.get(2).get(8)).isCloseTo(0.9853, within(1e-3));
    }

    @Test
    void characteristicsAtTheFirstEntry() {
        List<List<@Nullable Object>> rows = results.table("characteristics.csv").rows();
        assertThat(category(rows, "persons", "all")).containsExactly(10L, 100.0);
        assertThat(category(rows, "age group at index", "40-49")).containsExactly(6L, 60.0);
        assertThat(category(rows, "age group at index", "60+")).containsExactly(4L, 40.0);
        assertThat(category(rows, "sex", "FEMALE")).containsExactly(6L, 60.0);
        assertThat(category(rows, "sex", "MALE")).containsExactly(4L, 40.0);
        assertThat(category(rows, "EDSS at index (latest in the year before)", "3.0-5.5")).containsExactly(2L, 20.0);
        assertThat(category(rows, "EDSS at index (latest in the year before)", "6.0 or more")).containsExactly(1L, 10.0);
        assertThat(category(rows, "EDSS at index (latest in the year before)", "none recorded")).containsExactly(7L, 70.0);
        assertThat(category(rows, "DMTs before index (distinct ingredients)", "0")).containsExactly(7L, 70.0);
        assertThat(category(rows, "DMTs before index (distinct ingredients)", "1")).containsExactly(1L, 10.0);
        assertThat(category(rows, "DMTs before index (distinct ingredients)", "2")).containsExactly(2L, 20.0);
        assertThat(category(rows, "relapses in the year before index", "0")).containsExactly(8L, 80.0);
        assertThat(category(rows, "relapses in the year before index", "1")).containsExactly(1L, 10.0);
        assertThat(category(rows, "relapses in the year before index", "2 or more")).containsExactly(1L, 10.0);

        // EDSS 3.5, 6.0 and 4.0: mean 4.5, SD sqrt(1.75), median 4.0, quartiles 3.75 and 5.0
        List<@Nullable Object> edss = row(rows, "EDSS at index (latest in the year before)", "with a value");
        assertThat(edss.get(3)).isEqualTo(3L);
        assertThat(numbers(edss)).containsExactly(4.5, Math.round(Math.sqrt(1.75) * 1e9) / 1e9, 4.0, 3.75, 5.0);
        // first MS record 2010-01-01 (condition) and 2015-01-01 (onset observation before a 2016 diagnosis)
        List<@Nullable Object> duration = row(rows, "disease duration at index (years)", "with a value");
        assertThat(duration.get(3)).isEqualTo(2L);
        assertThat((double) duration.get(5)).isCloseTo((3652 + 1826) / 2 / 365.25, within(1e-9));
    }

    @Test
    void treatmentLinesAndSequencesOverTheWholeRecord() {
        assertThat(results.table("treatment_lines.csv").rows()).containsExactly(
                List.of(101, "first", "natalizumab", 3L, 30.0),
                List.of(101, "first", "fingolimod", 1L, 10.0),
                List.of(101, "second", "fingolimod", 1L, 10.0),
                List.of(101, "second", "natalizumab", 1L, 10.0),
                List.of(101, "third", "ocrelizumab", 1L, 10.0));
        assertThat(results.table("treatment_sequences.csv").rows()).extracting(row -> row.subList(1, 4)).containsExactly(
                List.of("no DMT recorded", 0L, 6L),
                List.of("natalizumab", 1L, 2L),
                List.of("fingolimod > natalizumab > ocrelizumab", 3L, 1L),
                List.of("natalizumab > fingolimod", 2L, 1L));
    }

    private static List<@Nullable Object> row(List<List<@Nullable Object>> rows, String characteristic, String category) {
        return rows.stream().filter(row -> row.get(1).equals(characteristic) && row.get(2).equals(category))
                .findFirst().orElseThrow(() -> new AssertionError("no row " + characteristic + " / " + category));
    }

    private static List<Object> category(List<List<@Nullable Object>> rows, String characteristic, String category) {
        List<@Nullable Object> row = row(rows, characteristic, category);
        return List.of(row.get(3), Math.round((double) row.get(4) * 1e6) / 1e6);
    }

    private static List<Double> numbers(List<@Nullable Object> row) {
        return row.subList(5, 10).stream().map(value -> Math.round((double) value * 1e9) / 1e9).toList();
    }
}
