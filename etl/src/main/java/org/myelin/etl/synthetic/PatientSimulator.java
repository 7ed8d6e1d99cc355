package org.myelin.etl.synthetic;

import static org.myelin.etl.synthetic.Sampling.chance;
import static org.myelin.etl.synthetic.Sampling.clamp;
import static org.myelin.etl.synthetic.Sampling.logNormal;
import static org.myelin.etl.synthetic.Sampling.normal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Simulates synthetic MS patients: patient k depends only on the seed and k, never on how many patients are
 * generated or in which order. The model and its parameters are described in etl/README.md.
 */
public final class PatientSimulator {

    /** Diagnoses are spread over the registry era, from this day to just before the export. */
    private static final LocalDate FIRST_DIAGNOSIS = LocalDate.of(1996, 1, 1);

    private final long seed;
    private final LocalDate exportDate;

    /**
     * @param seed the population's seed
     * @param exportDate the day the simulated registry is exported: follow-up ends there
     */
    public PatientSimulator(long seed, LocalDate exportDate) {
        this.seed = seed;
        this.exportDate = exportDate;
    }

    /** The history of patient {@code index} (0-based). */
    public PatientHistory simulate(int index) {
        SplittableRandom random = PatientSeeds.random(seed, index, PatientSeeds.Stream.SIMULATION);
        PatientBaseline baseline = baseline(random);
        RecordedFacts facts = new DiseaseTimeline(random, baseline).run();
        int diagnosisYear = LocalDate.ofEpochDay(baseline.diagnosisDay()).getYear();
        Course initial = baseline.initialCourse();
        return new PatientHistory(index, PatientSeeds.pseudonym(seed, index), baseline.sex(),
                LocalDate.ofEpochDay(baseline.birthDay()), country(baseline.centre(), random), baseline.centre(),
                date(facts.onsetDay), facts.onsetDay == null ? List.of() : onsetSymptoms(initial, facts, random),
                LocalDate.ofEpochDay(baseline.diagnosisDay()), criteria(initial, diagnosisYear, random), initial,
                date(facts.progressionOnsetDay), date(facts.deathDay), lastContact(facts),
                facts.visits, facts.relapses, facts.treatments, facts.mriExams, facts.labs, facts.proms,
                adverseEvents(facts), facts.pregnancies);
    }

    private PatientBaseline baseline(SplittableRandom random) {
        Centre centre = Centres.pick(random);
        boolean primaryProgressive = chance(random, 0.12);
        Sex sex = chance(random, primaryProgressive ? 0.5 : 0.72) ? Sex.F : Sex.M;
        int exportDay = (int) exportDate.toEpochDay();
        int first = (int) FIRST_DIAGNOSIS.toEpochDay();
        // more patients were diagnosed in recent years: the density of diagnosis dates rises linearly
        int diagnosisDay = first + (int) ((exportDay - 30 - first) * Math.sqrt(random.nextDouble()));
        int year = LocalDate.ofEpochDay(diagnosisDay).getYear();
        Course course;
        if (primaryProgressive) {
            course = year < 2014 && chance(random, 0.08) ? Course.PRMS : Course.PPMS;
        } else {
            double draw = random.nextDouble();
            course = year >= 2009 && draw < 0.025 ? Course.RIS : draw < 0.17 ? Course.CIS : Course.RRMS;
        }
        double delayYears = primaryProgressive ? logNormal(random, 3.0, 0.6)
                : logNormal(random, course == Course.CIS ? 0.3 : year < 2005 ? 2.5 : year < 2012 ? 1.3 : 0.7, 0.9);
        int delayDays = (int) clamp(delayYears * 365.25, 20, 25 * 365.25);
        Integer onsetDay = course == Course.RIS ? null : diagnosisDay - delayDays;
        double ageAtOnset = primaryProgressive ? clamp(normal(random, 40, 9), 22, 68)
                : clamp(normal(random, 30, 8), 15, 56);
        int birthDay = (onsetDay != null ? onsetDay : diagnosisDay) - (int) (ageAtOnset * 365.25);
        int followUpEnd = exportDay;
        if (chance(random, 0.08) && exportDay - diagnosisDay > 400) {
            followUpEnd = diagnosisDay + 365 + random.nextInt(exportDay - diagnosisDay - 365);
        }
        return new PatientBaseline(centre, sex, birthDay, onsetDay, diagnosisDay, course, followUpEnd, exportDay);
    }

    /** Most patients live in the centre's country; a few cross a border for care. */
    private static String country(Centre centre, SplittableRandom random) {
        return chance(random, 0.03) ? Sampling.pick(random, Centres.all()).country() : centre.country();
    }

    /** Where the first symptoms were, from the systems the first attack involved; spinal in progressive onset. */
    private static List<OnsetSymptom> onsetSymptoms(Course course, RecordedFacts facts, SplittableRandom random) {
        if (course.progressive() || facts.relapses.isEmpty()) {
            return chance(random, 0.85) ? List.of(OnsetSymptom.SPINAL)
                    : List.of(OnsetSymptom.SPINAL, OnsetSymptom.OTHER);
        }
        return facts.relapses.get(0).systems().stream()
                .map(system -> switch (system) {
                    case VISUAL -> OnsetSymptom.OPTIC;
                    case BRAINSTEM, CEREBELLAR -> OnsetSymptom.BRAINSTEM;
                    case PYRAMIDAL, SENSORY, BOWEL_BLADDER -> OnsetSymptom.SPINAL;
                    case CEREBRAL -> OnsetSymptom.SUPRATENTORIAL;
                })
                .distinct()
                .sorted()
                .toList();
    }

    /** The criteria in force at the diagnosis; radiologically isolated syndrome has its own (Okuda 2009). */
    private static @Nullable DiagnosisCriteria criteria(Course course, int year, SplittableRandom random) {
        if (course == Course.RIS) {
            return DiagnosisCriteria.OTHER;
        }
        if (course == Course.CIS && chance(random, 0.5) || chance(random, 0.04)) {
            return chance(random, 0.5) ? null : DiagnosisCriteria.OTHER;
        }
        return year < 2002 ? DiagnosisCriteria.POSER : year < 2006 ? DiagnosisCriteria.MCDONALD_2001
                : year < 2011 ? DiagnosisCriteria.MCDONALD_2005 : year < 2018 ? DiagnosisCriteria.MCDONALD_2010
                : DiagnosisCriteria.MCDONALD_2017;
    }

    /** The last day the registry saw the patient: the latest record on or before the end of follow-up. */
    private static LocalDate lastContact(RecordedFacts facts) {
        LocalDate end = LocalDate.ofEpochDay(facts.followUpEnd);
        return Stream.of(facts.visits.stream().map(Visit::date), facts.mriExams.stream().map(MriExam::date),
                        facts.relapses.stream().map(Relapse::onset), facts.labs.stream().map(LabResult::date),
                        facts.treatments.stream().map(TreatmentEpisode::start))
                .flatMap(dates -> dates)
                .filter(date -> !date.isAfter(end))
                .max(Comparator.naturalOrder())
                .orElse(end);
    }

    /** Adverse events up to the end of follow-up, numbered in order of onset. */
    private static List<AdverseEvent> adverseEvents(RecordedFacts facts) {
        LocalDate end = LocalDate.ofEpochDay(facts.followUpEnd);
        List<AdverseEvent> known = new ArrayList<>();
        facts.adverseEvents.stream()
                .filter(event -> !event.onset().isAfter(end))
                .sorted(Comparator.comparing(AdverseEvent::onset))
                .forEach(event -> known.add(new AdverseEvent(known.size() + 1, event.onset(), event.description(),
                        event.serious(), event.suspectedTreatment() != null
                                && event.suspectedTreatment() <= facts.treatments.size()
                                ? event.suspectedTreatment() : null, event.outcome())));
        return known;
    }

    private static @Nullable LocalDate date(@Nullable Integer epochDay) {
        return epochDay == null ? null : LocalDate.ofEpochDay(epochDay);
    }
}
