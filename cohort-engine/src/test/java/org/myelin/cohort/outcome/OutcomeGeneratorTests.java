package org.myelin.cohort.outcome;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.myelin.sql.jooq.results.Tables.COHORT;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.myelin.cohort.library.MsCdm;
import org.myelin.cohort.library.PhenotypeLibrary;
import org.myelin.cohort.run.CohortGenerator;
import org.myelin.cohort.study.PhenotypeCohortLibrary;
import org.myelin.cohort.study.StudyDefinition;
import org.myelin.cohort.study.StudyDefinitionReader;
import org.myelin.cohort.study.StudyRunner;
import org.myelin.cohort.study.StudySettings;
import org.myelin.sql.Schemas;
import org.myelin.sql.UserError;
import org.myelin.sql.testing.StatementCounter;
import org.myelin.sql.testing.TestDatabase;
import org.myelin.sql.testing.TestDatabaseExtension;

/**
 * The outcomes on EDSS histories whose events were worked out by hand (dates: 12 weeks = 84 days, 24 weeks = 168,
 * Lorscheider's 3 months = 91). Persons 101-112 and 125 carry the worsening cases, 120-125 the NEDA-3 and relapse
 * rate cases (MS diagnosed on 2016-01-01).
 */
@ExtendWith(TestDatabaseExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutcomeGeneratorTests {

    /** Every event under the MSBase rule: 12 weeks, fixed baseline, 30-day relapse exclusion, +0.5 from 6.0. */
    private static final List<String> MSBASE_EVENTS = List.of(
            "101 2016-01-01 2016-04-01", // baseline 0 needs +1.5; the +1.0 of 2015-06-01 is no worsening
            "103 2015-06-01 2015-10-01", // baseline 6.0 needs only +0.5
            "104 2015-09-01 2015-12-15", // the 3.0 of 2015-06-01, 12 days after a relapse, is not used
            "105 2015-07-01 2015-10-01", // the 4.0 of 2015-01-15, 14 days after a relapse, is no baseline
            "106 2016-01-01 2016-05-01", // the worsening of 2015-06-01 was not confirmed (2.5 at the confirmation)
            "109 2014-06-01 2014-09-01", // fixed baseline: only the first event
            "110 2014-06-01 2014-09-15",
            "111 2014-06-01 2014-09-15",
            "112 2015-06-02 2015-09-01", // the 3.0 on the 30th day after a relapse is not used, the one on the 31st is
            "125 2016-03-01 2016-07-01");

    private TestDatabase database;
    private OutcomeGenerator outcomes;

    @BeforeAll
    void writeHistories(TestDatabase database) {
        this.database = database;
        MsCdm cdm = new MsCdm(database);
        int edss = cdm.concept("Myelin", "EDSS");
        int relapse = cdm.concept("Myelin", "RELAPSE");
        for (int person = 101; person <= 112; person++) {
            cdm.person(person, "2010-01-01", "2022-12-31");
        }
        edss(cdm, edss, 101, "2015-01-01", 0, "2015-06-01", 1.0, "2016-01-01", 1.5, "2016-04-01", 1.5, "2016-09-01", 2.0);
        edss(cdm, edss, 102, "2015-01-01", 5.5, "2015-06-01", 6.0, "2015-10-01", 6.0);
        edss(cdm, edss, 103, "2015-01-01", 6.0, "2015-06-01", 6.5, "2015-10-01", 6.5);
        cdm.condition(104, relapse, "2015-05-20");
        edss(cdm, edss, 104, "2015-01-01", 2.0, "2015-06-01", 3.0, "2015-09-01", 3.0, "2015-12-15", 3.0);
        cdm.condition(105, relapse, "2015-01-01");
        edss(cdm, edss, 105, "2015-01-15", 4.0, "2015-03-01", 2.0, "2015-07-01", 3.0, "2015-10-01", 3.0);
        edss(cdm, edss, 106, "2015-01-01", 2.0, "2015-06-01", 3.0, "2015-09-01", 2.5, "2016-01-01", 3.5,
                "2016-02-01", 3.5, "2016-05-01", 3.0);
        // a dip below the threshold between the worsening and the confirmation
        edss(cdm, edss, 107, "2015-01-01", 2.0, "2015-06-01", 3.0, "2015-07-01", 2.5, "2015-09-01", 3.0);
        // no visit 12 weeks after the worsening
        edss(cdm, edss, 108, "2015-01-01", 1.0, "2015-06-01", 3.0, "2015-07-15", 3.0);
        edss(cdm, edss, 109, "2014-01-01", 1.0, "2014-06-01", 2.0, "2014-09-01", 2.0, "2015-01-01", 3.0, "2015-04-01", 3.0);
        int pyramidal = cdm.concept("Myelin", "FS_PYRAMIDAL");
        edss(cdm, edss, 110, "2014-01-01", 3.0, "2014-06-01", 4.0, "2014-09-15", 4.0);
        cdm.measurement(110, pyramidal, "2014-06-01", 2);
        edss(cdm, edss, 111, "2014-01-01", 3.0, "2014-06-01", 4.0, "2014-09-15", 4.0);
        cdm.measurement(111, pyramidal, "2014-06-01", 1);
        cdm.condition(112, relapse, "2015-05-02");
        edss(cdm, edss, 112, "2015-01-01", 2.0, "2015-06-01", 3.0, "2015-06-02", 3.0, "2015-09-01", 3.0);

        int ms = cdm.concept("SNOMED", "24700007");
        int newT2 = cdm.concept("Myelin", "NEW_ENLARGING_T2");
        for (int person = 120; person <= 125; person++) {
            cdm.person(person, "2015-01-01", person == 124 ? "2016-12-31" : "2022-12-31").condition(person, ms, "2016-01-01");
            if (person != 122 && person != 123) {
                cdm.measurement(person, newT2, "2016-06-01", 0);
            }
        }
        cdm.condition(121, relapse, "2016-08-01");
        cdm.measurement(122, cdm.concept("Myelin", "GD_LESIONS"), "2016-06-01", 1);
        edss(cdm, edss, 125, "2015-06-01", 1.0, "2016-03-01", 2.0, "2016-07-01", 2.0);

        outcomes = new OutcomeGenerator(database.dataSource(), Schemas.DEFAULT);
    }

    @Test
    void confirmedWorseningUnderTheMsbaseRule() {
        assertThat(generate(2001, new ConfirmedWorsening(WorseningRule.MSBASE))).containsExactlyElementsOf(MSBASE_EVENTS);
    }

    @Test
    void confirmationOver24WeeksNeedsAVisit168DaysLater() {
        assertThat(generate(2002, new ConfirmedWorsening(WorseningRule.MSBASE.withConfirmationWeeks(24))))
                .containsExactly("101 2016-01-01 2016-09-01", "109 2014-06-01 2015-01-01");
    }

    @Test
    void theHalfPointThresholdFrom5Point5MakesTheStepFrom5Point5To6Point0AWorsening() {
        assertThat(generate(2003, new ConfirmedWorsening(WorseningRule.MSBASE.withHalfStepFrom(new BigDecimal("5.5")))))
                .containsExactlyElementsOf(with(MSBASE_EVENTS, "102 2015-06-01 2015-10-01"));
    }

    @Test
    void aRovingBaselineFindsTheSecondEventFromTheConfirmedScore() {
        assertThat(generate(2004, new ConfirmedWorsening(WorseningRule.MSBASE.withRovingBaseline())))
                .containsExactlyElementsOf(with(MSBASE_EVENTS, "109 2015-01-01 2015-04-01"));
    }

    @Test
    void withoutARelapseExclusionWindowTheScoresAfterARelapseCount() {
        List<String> events = generate(2005, new ConfirmedWorsening(WorseningRule.MSBASE.withRelapseExclusionDays(0)));

        assertThat(events).contains("104 2015-06-01 2015-09-01").doesNotContain("104 2015-09-01 2015-12-15")
                .contains("112 2015-06-01 2015-09-01").doesNotContain("112 2015-06-02 2015-09-01")
                .noneMatch(event -> event.startsWith("105 "));
        assertThat(events).hasSize(MSBASE_EVENTS.size() - 1);
    }

    @Test
    void secondaryProgressionNeedsEdss4AndAPyramidalScoreOf2() {
        assertThat(generate(2006, new SecondaryProgression())).containsExactly("110 2014-06-01 2014-09-15");
    }

    @Test
    void piraExcludesWorseningNearARelapse() {
        assertThat(generate(2007, Pira.of(WorseningRule.MSBASE))).containsExactly("101 2016-01-01 2016-04-01",
                "103 2015-06-01 2015-10-01", "106 2016-01-01 2016-05-01", "109 2014-06-01 2014-09-01",
                "110 2014-06-01 2014-09-15", "111 2014-06-01 2014-09-15", "125 2016-03-01 2016-07-01");
        // person 105's relapse was 59 days before the baseline: outside a 30-day window
        assertThat(generate(2008, new Pira(WorseningRule.MSBASE, 30, 30))).contains("105 2015-07-01 2015-10-01")
                .doesNotContain("104 2015-09-01 2015-12-15");
    }

    @Test
    void neda3NeedsObservationAnMriAndNoActivityOverThePeriod() {
        generateLibraryCohort(1001);

        assertThat(generate(2009, new Neda3(1001, 730, WorseningRule.MSBASE.withRovingBaseline())))
                .containsExactly("120 2016-01-01 2017-12-30");
    }

    @Test
    void aStudyGeneratesNeda3OnlyOnceTheTargetListedBeforeItIsWritten() {
        // the study generates its ATLAS cohorts (the target, 3001) as one batch before its outcomes
        StudyDefinition study = new StudyDefinitionReader().read("""
                {"id": "neda", "title": "NEDA-3 after its target",
                 "targets": [{"cohortId": 3001, "library": "ms", "name": "MS"}],
                 "outcomes": [{"cohortId": 3002, "name": "NEDA-3", "msOutcome": {"outcome": "neda3",
                   "targetCohortId": 3001, "baseline": "roving"}}],
                 "analyses": ["cohortCounts"]}""", "study.json", Path.of("."));

        new StudyRunner(database.dataSource(), Schemas.DEFAULT, new PhenotypeCohortLibrary(PhenotypeLibrary.ms(),
                database.dataSource(), Schemas.DEFAULT)).run(study, "study.json", new StudySettings(0, "test"), line -> { });

        assertThat(rows(3002)).containsExactly("120 2016-01-01 2017-12-30");
    }

    @Test
    void aStudyGeneratesNeda3OverAnOutcomeOnlyOnceThatOutcomeIsWritten() {
        // outcomes run two at a time: NEDA-3 over the CDW listed before it must wait for it (else its target is missing)
        StudyDefinition study = new StudyDefinitionReader().read("""
                {"id": "neda-cdw", "title": "NEDA-3 after an outcome",
                 "targets": [{"cohortId": 3101, "library": "ms", "name": "MS"}],
                 "outcomes": [{"cohortId": 3102, "name": "CDW", "msOutcome": {"outcome": "cdw"}},
                              {"cohortId": 3103, "name": "NEDA-3 after CDW", "msOutcome": {"outcome": "neda3",
                                "targetCohortId": 3102, "periodDays": 365}}],
                 "analyses": ["cohortCounts"]}""", "study.json", Path.of("."));

        new StudyRunner(database.dataSource(), Schemas.DEFAULT, new PhenotypeCohortLibrary(PhenotypeLibrary.ms(),
                database.dataSource(), Schemas.DEFAULT)).run(study, "study.json", new StudySettings(0, "test"), line -> { });

        assertThat(rows(3102)).isNotEmpty();
        outcomes.generate(3104, Objects.requireNonNull(study.outcomes().get(1).outcome()));
        assertThat(rows(3103)).isEqualTo(rows(3104));
    }

    @Test
    void neda3OfACohortNotGeneratedIsAUserErrorAndWritesNothing() {
        assertThatThrownBy(() -> outcomes.generate(2010, new Neda3(1999, 365, WorseningRule.MSBASE)))
                .isInstanceOf(UserError.class).hasMessageEndingWith("the target cohort 1999 has not been generated; generate it first");
        assertThat(rows(2010)).isEmpty();
    }

    @Test
    void annualisedRelapseRateCountsRelapsesInsideTheTargetPeriods() {
        generateLibraryCohort(1001);
        generateLibraryCohort(1008);

        RelapseRate rate = new RelapseRates(database.dataSource(), Schemas.DEFAULT).of(List.of(1001), 1008).getFirst();

        // five persons followed 2016-01-01 to 2022-12-31 (2,557 days), one to 2016-12-31 (366); one relapse
        assertThat(rate.persons()).isEqualTo(6);
        assertThat(rate.relapses()).isEqualTo(1);
        assertThat(rate.personYears()).isCloseTo((5 * 2557 + 366) / 365.25, within(1e-9));
        assertThat(rate.annualised()).isCloseTo(365.25 / 13151, within(1e-9));
    }

    @Test
    void theRelapseRatesOfManyTargetsTakeTwoStatements() {
        generateLibraryCohort(1001);
        generateLibraryCohort(1008);
        StatementCounter counter = new StatementCounter(database.dataSource());

        List<RelapseRate> rates = new RelapseRates(counter.dataSource(), Schemas.DEFAULT).of(List.of(1001, 1008, 1001), 1008);

        // whether the cohorts were generated, then one grouped statement for every target (was four per target)
        assertThat(counter.statements()).isEqualTo(2);
        assertThat(rates).hasSize(3);
        assertThat(rates.get(2)).isEqualTo(rates.getFirst());
        assertThat(rates.getFirst().relapses()).isEqualTo(1);
        assertThat(rates.getFirst().persons()).isEqualTo(6);
    }

    @Test
    void theRelapseRateOfACohortNotGeneratedIsAUserError() {
        assertThatThrownBy(() -> new RelapseRates(database.dataSource(), Schemas.DEFAULT).of(List.of(1998), 1008))
                .isInstanceOf(UserError.class)
                .hasMessage("annualised relapse rate: cohort 1998 has not been generated; generate it first");
    }

    private void generateLibraryCohort(int cohortId) {
        new CohortGenerator(database.dataSource(), Schemas.DEFAULT)
                .generate(PhenotypeLibrary.ms().definition(cohortId, database.dataSource(), Schemas.DEFAULT));
    }

    private List<String> generate(int cohortId, Outcome outcome) {
        outcomes.generate(cohortId, outcome);
        return rows(cohortId);
    }

    private List<String> rows(int cohortId) {
        return database.sql().select(COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE, COHORT.COHORT_END_DATE).from(COHORT)
                .where(COHORT.COHORT_DEFINITION_ID.eq(cohortId)).orderBy(COHORT.SUBJECT_ID, COHORT.COHORT_START_DATE)
                .fetch(row -> row.value1() + " " + row.value2() + " " + row.value3());
    }

    private static List<String> with(List<String> events, String extra) {
        return Stream.concat(events.stream(), Stream.of(extra)).sorted().toList();
    }

    /** EDSS scores as date, score pairs. */
    private static void edss(MsCdm cdm, int edss, int person, Object... datesAndScores) {
        for (int i = 0; i < datesAndScores.length; i += 2) {
            cdm.measurement(person, edss, (String) datesAndScores[i], ((Number) datesAndScores[i + 1]).doubleValue());
        }
    }
}
