package org.myelin.etl.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The simulated population against broad bounds from MS epidemiology (see etl/README.md). */
class PatientSimulatorTests {

    private static final LocalDate EXPORT = LocalDate.of(2026, 11, 20);
    private static List<PatientHistory> population;

    @BeforeAll
    static void simulate() {
        PatientSimulator simulator = new PatientSimulator(2026, EXPORT);
        population = IntStream.range(0, 5000).parallel().mapToObj(simulator::simulate).toList();
    }

    @Test
    void sameSeedAndIndexGiveTheSamePatient() {
        PatientSimulator simulator = new PatientSimulator(2026, EXPORT);
        assertThat(simulator.simulate(17)).isEqualTo(population.get(17));
        assertThat(new PatientSimulator(2027, EXPORT).simulate(17)).isNotEqualTo(population.get(17));
    }

    @Test
    void aboutOneInEightIsPrimaryProgressive() {
        assertThat(share(patient -> patient.initialCourse() == Course.PPMS || patient.initialCourse() == Course.PRMS))
                .isBetween(0.10, 0.15);
    }

    @Test
    void mostPatientsAreWomen() {
        assertThat(share(patient -> patient.sex() == Sex.F)).isBetween(0.62, 0.78);
    }

    @Test
    void diagnosisFollowsOnsetByMonthsToYearsLongerInPrimaryProgressive() {
        double relapsing = medianDelay(false);
        double progressive = medianDelay(true);
        assertThat(relapsing).isBetween(0.3, 2.0);
        assertThat(progressive).isBetween(1.5, 5.0).isGreaterThan(relapsing);
    }

    @Test
    void relapseRateFallsWithDiseaseDuration() {
        double early = relapseRate(0, 3);
        double late = relapseRate(10, 20);
        assertThat(early).isBetween(0.3, 1.5);
        assertThat(late).isLessThan(early / 2);
    }

    @Test
    void relapseRateIsLowerOnTreatment() {
        double[] treated = new double[2];
        double[] untreated = new double[2];
        for (PatientHistory patient : relapsingOnset()) {
            LocalDate from = patient.diagnosisDate();
            for (LocalDate day = from; day.isBefore(patient.lastContactDate()); day = day.plusDays(30)) {
                LocalDate current = day;
                boolean onDrug = patient.treatments().stream().anyMatch(episode -> !episode.start().isAfter(current)
                        && (episode.end() == null || episode.end().isAfter(current)));
                long relapses = patient.relapses().stream().filter(relapse -> !relapse.onset().isBefore(current)
                        && relapse.onset().isBefore(current.plusDays(30))).count();
                double[] tally = onDrug ? treated : untreated;
                tally[0] += relapses;
                tally[1] += 30 / 365.25;
            }
        }
        assertThat(treated[0] / treated[1]).isLessThan(0.8 * untreated[0] / untreated[1]);
    }

    @Test
    void edssTakesKurtzkeStepsAndFunctionalScoresAgreeWithIt() {
        List<Visit> visits = population.stream().flatMap(patient -> patient.visits().stream())
                .filter(visit -> visit.edss() != null).toList();
        assertThat(visits).allSatisfy(visit -> {
            double edss = visit.edss();
            assertThat(edss * 2).isEqualTo(Math.rint(edss * 2));
            assertThat(edss).isBetween(0.0, 9.5).isNotEqualTo(0.5);
            FunctionalScores scores = visit.functionalScores();
            if (scores != null) {
                int highest = Arrays.stream(FunctionalSystem.values()).mapToInt(scores::grade).max().orElseThrow();
                int expectedHighest = edss == 0 ? 0 : edss < 2 ? 1 : edss < 3 ? 2 : edss < 4 ? 3 : 6;
                assertThat(highest).as("highest FS grade at EDSS %s", edss).isLessThanOrEqualTo(expectedHighest);
                assertThat(highest).as("highest FS grade at EDSS %s", edss)
                        .isGreaterThanOrEqualTo(edss == 0 ? 0 : edss < 2 ? 1 : edss < 4 ? 2 : 3);
                Arrays.stream(FunctionalSystem.values()).forEach(system ->
                        assertThat(scores.grade(system)).isBetween(0, system.maxGrade()));
            }
        });
        Set<Double> steps = visits.stream().map(Visit::edss).collect(Collectors.toSet());
        assertThat(steps).contains(0.0, 1.0, 2.5, 4.0, 6.0, 6.5, 8.0);
    }

    @Test
    void someWorsenConfirmedAndOthersStayStable() {
        List<PatientHistory> followed = population.stream().filter(patient ->
                patient.visits().stream().filter(visit -> visit.edss() != null).count() >= 8).toList();
        long worsened = followed.stream().filter(PatientSimulatorTests::confirmedWorsening).count();
        long stable = followed.stream().filter(patient -> {
            List<Double> edss = edssSeries(patient);
            return edss.stream().mapToDouble(Double::doubleValue).max().orElseThrow() - edss.get(0) <= 1.0;
        }).count();
        assertThat(followed).hasSizeGreaterThan(1000);
        assertThat(worsened / (double) followed.size()).isBetween(0.15, 0.75);
        assertThat(stable / (double) followed.size()).isBetween(0.15, 0.75);
    }

    @Test
    void aShareOfRelapsingPatientsEntersSecondaryProgression() {
        List<PatientHistory> longCourses = relapsingOnset().stream().filter(patient ->
                ChronoUnit.YEARS.between(patient.onsetDate(), patient.lastContactDate()) >= 15).toList();
        double converted = longCourses.stream().filter(patient -> patient.progressionOnsetDate() != null).count()
                / (double) longCourses.size();
        assertThat(longCourses).hasSizeGreaterThan(300);
        assertThat(converted).isBetween(0.08, 0.5);
        assertThat(population.stream().flatMap(patient -> patient.visits().stream()))
                .anyMatch(visit -> visit.course() == Course.SPMS);
    }

    @Test
    void everyDrugIsPrescribedWithSwitchesStopReasonsAndGaps() {
        List<TreatmentEpisode> episodes = population.stream().flatMap(patient -> patient.treatments().stream())
                .toList();
        assertThat(episodes.stream().map(TreatmentEpisode::drug).collect(Collectors.toSet()))
                .isEqualTo(EnumSet.allOf(Drug.class));
        assertThat(episodes.stream().map(TreatmentEpisode::stopReason).filter(reason -> reason != null)
                .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(StopReason.class));
        assertThat(share(patient -> patient.treatments().size() >= 2)).isBetween(0.2, 0.8);
        List<Long> gaps = new ArrayList<>();
        for (PatientHistory patient : population) {
            List<TreatmentEpisode> sequence = patient.treatments();
            for (int i = 1; i < sequence.size(); i++) {
                TreatmentEpisode before = sequence.get(i - 1);
                assertThat(before.end()).as("only the last episode may be open").isNotNull();
                assertThat(sequence.get(i).start()).as("episodes do not overlap").isAfterOrEqualTo(before.end());
                gaps.add(ChronoUnit.DAYS.between(before.end(), sequence.get(i).start()));
            }
        }
        assertThat(gaps).anyMatch(gap -> gap > 90).anyMatch(gap -> gap < 60);
    }

    @Test
    void treatmentsUseOnlyDrugsOnTheMarketAtTheTime() {
        population.stream().flatMap(patient -> patient.treatments().stream()).forEach(episode ->
                assertThat(episode.drug().availableIn(episode.start().getYear()))
                        .as("%s started %s", episode.drug(), episode.start()).isTrue());
    }

    @Test
    void mriIsRoughlyYearlyWithLesionCountsThatGrow() {
        List<Long> intervals = new ArrayList<>();
        for (PatientHistory patient : relapsingOnset()) {
            List<MriExam> exams = patient.mriExams();
            for (int i = 1; i < exams.size(); i++) {
                intervals.add(ChronoUnit.DAYS.between(exams.get(i - 1).date(), exams.get(i).date()));
            }
        }
        assertThat(median(intervals.stream().map(Long::doubleValue).toList())).isBetween(300.0, 450.0);
        assertThat(population.stream().flatMap(patient -> patient.mriExams().stream()))
                .anyMatch(exam -> exam.newOrEnlargingT2() > 0)
                .anyMatch(exam -> exam.gdLesions() != null && exam.gdLesions() > 0)
                .allMatch(exam -> exam.contrast() == (exam.gdLesions() != null));
    }

    @Test
    void labsAndQuestionnairesAreRecorded() {
        assertThat(population.stream().flatMap(patient -> patient.labs().stream()).map(LabResult::test)
                .collect(Collectors.toSet())).isEqualTo(EnumSet.allOf(LabTest.class));
        assertThat(population.stream().flatMap(patient -> patient.proms().stream()))
                .allMatch(score -> score.score() >= score.instrument().min()
                        && score.score() <= score.instrument().max())
                .extracting(PromScore::instrument).containsAll(EnumSet.allOf(PromInstrument.class));
    }

    @Test
    void theRegistrySeesEveryPatientFromTheDiagnosisToTheLastContact() {
        List<String> problems = new ArrayList<>();
        for (PatientHistory patient : population) {
            LocalDate last = patient.lastContactDate();
            String id = patient.pseudonym();
            if (patient.visits().isEmpty() || !patient.visits().get(0).date().equals(patient.diagnosisDate())) {
                problems.add(id + ": no visit at diagnosis");
            }
            if (patient.visits().stream().anyMatch(visit -> visit.date().isAfter(last))
                    || patient.mriExams().stream().anyMatch(exam -> exam.date().isAfter(last))
                    || patient.labs().stream().anyMatch(lab -> lab.date().isAfter(last))) {
                problems.add(id + ": a record after the last contact " + last);
            }
            if (patient.relapses().stream().anyMatch(relapse -> relapse.end() != null
                    && relapse.end().isBefore(relapse.onset()))) {
                problems.add(id + ": a relapse ends before its onset");
            }
            if (patient.deathDate() != null && patient.treatments().stream().anyMatch(episode ->
                    episode.end() == null || episode.end().isAfter(patient.deathDate()))) {
                problems.add(id + ": a treatment runs after death");
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void somePatientsDieAndCentresAreInSeveralCountries() {
        assertThat(share(patient -> patient.deathDate() != null)).isBetween(0.01, 0.12);
        assertThat(population).allMatch(patient -> patient.deathDate() == null
                || !patient.lastContactDate().isAfter(patient.deathDate()));
        assertThat(population.stream().map(patient -> patient.centre().country()).collect(Collectors.toSet()))
                .hasSizeGreaterThanOrEqualTo(6);
    }

    @Test
    void pregnanciesAreOnlyInWomenAndSomeStopTreatment() {
        List<PatientHistory> withPregnancy = population.stream()
                .filter(patient -> !patient.pregnancies().isEmpty()).toList();
        assertThat(withPregnancy).isNotEmpty().allMatch(patient -> patient.sex() == Sex.F);
        assertThat(population.stream().flatMap(patient -> patient.treatments().stream()))
                .anyMatch(episode -> episode.stopReason() == StopReason.PREGNANCY);
    }

    /** MSBase-style confirmed worsening from the first EDSS, confirmed at every later visit. */
    private static boolean confirmedWorsening(PatientHistory patient) {
        List<Visit> visits = patient.visits().stream().filter(visit -> visit.edss() != null).toList();
        double baseline = visits.get(0).edss();
        double needed = baseline == 0 ? 1.5 : baseline <= 5.5 ? 1.0 : 0.5;
        for (int i = 1; i < visits.size() - 1; i++) {
            if (visits.get(i).edss() >= baseline + needed) {
                boolean confirmed = visits.subList(i + 1, visits.size()).stream()
                        .allMatch(visit -> visit.edss() >= baseline + needed);
                boolean laterThan12Weeks = ChronoUnit.DAYS.between(visits.get(i).date(),
                        visits.get(visits.size() - 1).date()) >= 84;
                if (confirmed && laterThan12Weeks) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<Double> edssSeries(PatientHistory patient) {
        return patient.visits().stream().map(Visit::edss).filter(edss -> edss != null).toList();
    }

    private static List<PatientHistory> relapsingOnset() {
        return population.stream().filter(patient -> patient.initialCourse() == Course.RRMS
                || patient.initialCourse() == Course.CIS).toList();
    }

    /** Relapses per patient-year in a band of years since onset, over relapsing-onset patients. */
    private static double relapseRate(int fromYear, int toYear) {
        double relapses = 0;
        double years = 0;
        for (PatientHistory patient : relapsingOnset()) {
            LocalDate start = patient.onsetDate().plusDays(Math.round(fromYear * 365.25));
            LocalDate end = patient.onsetDate().plusDays(Math.round(toYear * 365.25));
            LocalDate last = end.isBefore(patient.lastContactDate()) ? end : patient.lastContactDate();
            if (!last.isAfter(start)) {
                continue;
            }
            years += ChronoUnit.DAYS.between(start, last) / 365.25;
            relapses += patient.relapses().stream().filter(relapse -> !relapse.onset().isBefore(start)
                    && relapse.onset().isBefore(last)).count();
        }
        return relapses / years;
    }

    private static double medianDelay(boolean progressive) {
        return median(population.stream()
                .filter(patient -> patient.initialCourse().progressive() == progressive && patient.onsetDate() != null
                        && patient.initialCourse() != Course.RIS)
                .map(patient -> ChronoUnit.DAYS.between(patient.onsetDate(), patient.diagnosisDate()) / 365.25)
                .toList());
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static double share(Predicate<PatientHistory> condition) {
        return population.stream().filter(condition).count() / (double) population.size();
    }
}
