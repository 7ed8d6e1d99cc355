package org.myelin.etl.synthetic;

import static org.myelin.etl.synthetic.Sampling.chance;
import static org.myelin.etl.synthetic.Sampling.happens;
import static org.myelin.etl.synthetic.Sampling.logNormal;
import static org.myelin.etl.synthetic.Sampling.uniform;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * One patient's disease course, simulated in 30-day steps from onset to the end of follow-up: relapses,
 * disability, conversion to secondary progression, treatment, pregnancies, death, and what the centre records
 * at visits from diagnosis on. Parameters and their sources are in etl/README.md.
 */
final class DiseaseTimeline {

    private static final int STEP = 30;
    /** A day long before any event, so that "days since" stays large without overflowing. */
    static final int NEVER = -1_000_000;

    private final SplittableRandom random;
    private final PatientBaseline baseline;
    private final TreatmentCourse treatment;
    private final TreatmentDecisions decisions;
    private final RecordedFacts facts;
    private final Examinations examinations;
    private final LesionLoad lesions;
    private final Pregnancies pregnancies;

    private int followUpEnd;
    private @Nullable Integer deathDay;
    private @Nullable Integer onsetDay;
    private Course course;
    private double latent;
    private double progressionPerYear;
    private @Nullable Integer conversionDay;
    private @Nullable Integer recognisedDay;
    private int lastRelapseDay = NEVER;
    private double lastRelapseStep;
    private int nextVisit;
    private int nextMri;
    private final List<Integer> relapseVisits = new ArrayList<>();
    private int lastPromDay = NEVER;
    private int lastNflDay = NEVER;
    private int lastJcvDay = NEVER;
    private @Nullable Boolean jcvPositive;

    DiseaseTimeline(SplittableRandom random, PatientBaseline baseline) {
        this.random = random;
        this.baseline = baseline;
        this.treatment = new TreatmentCourse(random);
        this.facts = new RecordedFacts();
        this.decisions = new TreatmentDecisions(random, treatment, facts.adverseEvents);
        this.examinations = new Examinations(random, affectedOrder(random));
        this.lesions = new LesionLoad(random, baseline.initialCourse() == Course.CIS ? 5
                : baseline.initialCourse().progressive() ? 14 : 8);
        this.pregnancies = new Pregnancies(random, facts, treatment);
        this.followUpEnd = baseline.followUpEnd();
        this.onsetDay = baseline.onsetDay();
        this.course = baseline.initialCourse();
    }

    /** Runs the course and returns what the registry could have recorded. */
    RecordedFacts run() {
        boolean progressiveFromOnset = course.progressive();
        latent = progressiveFromOnset ? uniform(random, 1.0, 2.2) : uniform(random, 0, 1.0);
        progressionPerYear = progressiveFromOnset ? uniform(random, 0.15, 0.5) : 0;
        double disabilityWithoutRelapse = progressiveFromOnset || !chance(random, 0.3) ? 0
                : uniform(random, 0.03, 0.12);
        double baseRelapseRate = switch (course) {
            case RIS -> 0.12;
            case PRMS -> 0.25;
            case PPMS -> 0;
            default -> logNormal(random, 0.75, 0.45);
        };
        int start = onsetDay != null ? onsetDay : baseline.diagnosisDay();
        if (onsetDay != null && !progressiveFromOnset) {
            relapse(onsetDay);
        }
        nextVisit = baseline.diagnosisDay();
        nextMri = Math.max(start, baseline.diagnosisDay() - random.nextInt(31));
        if (course != Course.RIS && chance(random, 0.7)) {
            int lumbarPuncture = Math.max(start, baseline.diagnosisDay() - random.nextInt(46));
            examinations.cerebrospinalFluid(lumbarPuncture, progressiveFromOnset ? 0.9 : 0.88, facts.labs);
        }
        boolean diagnosed = false;
        for (int day = start; day < followUpEnd && deathDay == null; day += STEP) {
            int stepEnd = Math.min(day + STEP, followUpEnd);
            double age = (day - baseline.birthDay()) / 365.25;
            double years = (day - start) / 365.25;
            int year = LocalDate.ofEpochDay(day).getYear();
            if (!diagnosed && stepEnd > baseline.diagnosisDay()) {
                diagnosed = true;
                decisions.atDiagnosis(baseline.diagnosisDay(), course, facts.relapses, year, age);
            }
            if (diagnosed && dies(day, stepEnd, age)) {
                stepEnd = deathDay;
            }
            Drug started = treatment.startDue(stepEnd);
            if (started == Drug.NATALIZUMAB) {
                testJcVirus(Math.max(day, treatment.currentStart() - 14));
            }
            if (diagnosed) {
                decisions.review(day, stepEnd, age, year, course, jcvPositive);
                pregnancies.step(day, stepEnd, age, baseline.sex(), course, year);
            }
            if (happens(random, relapseRate(baseRelapseRate, day, years, age), stepEnd - day)) {
                int onset = day + random.nextInt(Math.max(1, stepEnd - day));
                relapse(onset);
                if (diagnosed) {
                    decisions.afterRelapse(onset, course, year, age);
                }
            }
            progress(stepEnd - day, years, disabilityWithoutRelapse, day);
            lesions.accumulate(activity(years, day), stepEnd - day);
            if (recognisedDay != null && day >= recognisedDay && course != Course.SPMS) {
                course = Course.SPMS;
                decisions.atSecondaryProgression(day, year, age);
            }
            examine(day, stepEnd, age);
        }
        finish();
        return facts;
    }

    /** Relapses per year now: fewer with disease duration, age, treatment, late pregnancy and progression. */
    private double relapseRate(double baseRate, int day, double years, double age) {
        if (course == Course.CIS && day < baseline.diagnosisDay()) {
            // a clinically isolated syndrome is, by definition, one event so far
            return 0;
        }
        return baseRate * Math.exp(-0.12 * years) * (age > 50 ? 0.6 : age > 40 ? 0.8 : 1)
                * (1 - treatment.reduction(day)) * pregnancies.relapseFactor(day) * (conversionDay != null ? 0.3 : 1);
    }

    private boolean dies(int day, int stepEnd, double age) {
        Integer plannedDeathDay = decisions.fatalPmlDeathDay();
        if (plannedDeathDay != null && plannedDeathDay < stepEnd) {
            deathDay = Math.max(day, plannedDeathDay);
        } else {
            double msExcess = 1.6 + (latent >= 6 ? 1.5 : 0) + (latent >= 8 ? 3 : 0);
            if (happens(random, msExcess * Math.exp(-10.2 + 0.092 * age), stepEnd - day)) {
                // the registry saw the patient at least at the diagnosis visit
                deathDay = Math.max(baseline.diagnosisDay() + 1, day + random.nextInt(Math.max(1, stepEnd - day)));
            }
        }
        if (deathDay == null) {
            return false;
        }
        followUpEnd = deathDay;
        treatment.endAtDeath(deathDay);
        return true;
    }

    private void relapse(int onset) {
        Severity severity = Severity.values()[Sampling.weighted(random, 40, 45, 15)];
        double step = switch (severity) {
            case MILD -> 0.5;
            case MODERATE -> 1.0;
            case SEVERE -> uniform(random, 1.5, 2.5);
        };
        Recovery recovery = Recovery.values()[severity == Severity.SEVERE ? Sampling.weighted(random, 35, 50, 15)
                : Sampling.weighted(random, 72, 25, 3)];
        latent = Math.min(9.5, latent + switch (recovery) {
            case COMPLETE -> 0;
            case PARTIAL -> step * 0.5;
            case NONE -> step;
        });
        lastRelapseDay = onset;
        lastRelapseStep = step;
        lesions.relapse(onset);
        if (onsetDay == null) {
            onsetDay = onset;
        }
        if (course == Course.RIS) {
            course = Course.CIS;
        } else if (course == Course.CIS && !facts.relapses.isEmpty()) {
            course = Course.RRMS;
        }
        int end = onset + 14 + random.nextInt(76);
        boolean over = end <= followUpEnd;
        boolean steroids = chance(random, switch (severity) {
            case MILD -> 0.2;
            case MODERATE -> 0.75;
            case SEVERE -> 0.95;
        });
        facts.relapses.add(new Relapse(facts.relapses.size() + 1, LocalDate.ofEpochDay(onset),
                over ? LocalDate.ofEpochDay(end) : null, severity, steroids, over ? recovery : null, systems()));
        if (onset >= baseline.diagnosisDay()) {
            relapseVisits.add(onset + 5 + random.nextInt(16));
        }
    }

    private List<FunctionalSystem> systems() {
        FunctionalSystem first = FunctionalSystem.values()[Sampling.weighted(random, 25, 10, 15, 30, 4, 14, 2)];
        if (!chance(random, 0.3)) {
            return List.of(first);
        }
        FunctionalSystem second = FunctionalSystem.values()[Sampling.weighted(random, 25, 10, 15, 30, 4, 14, 2)];
        if (second == first) {
            return List.of(first);
        }
        return first.ordinal() < second.ordinal() ? List.of(first, second) : List.of(second, first);
    }

    /** Worsening independent of relapses, and the hazard of entering secondary progression. */
    private void progress(int days, double years, double disabilityWithoutRelapse, int day) {
        Drug effective = treatment.effective(day);
        if (conversionDay == null && !course.progressive() && course != Course.RIS
                && day >= baseline.diagnosisDay()) {
            double disabilityFactor = latent < 2.0 ? 0.15 : latent < 3.0 ? 0.6 : 1.6;
            double treatmentFactor = effective == null ? 1 : effective.highEfficacy() ? 0.5 : 0.75;
            if (happens(random, 0.02 * Math.exp(0.07 * years) * disabilityFactor * treatmentFactor, days)) {
                conversionDay = day + random.nextInt(days);
                recognisedDay = conversionDay + 180 + random.nextInt(900);
                progressionPerYear = uniform(random, 0.15, 0.45);
            }
        }
        double perYear = progressionPerYear + (conversionDay == null ? disabilityWithoutRelapse : 0);
        double slowing = (latent > 6 ? 0.5 : 1) * (effective != null && effective.highEfficacy() ? 0.7 : 1);
        latent = Math.min(9.5, latent + perYear * slowing * days / 365.25);
    }

    /** Expected new T2 lesions per year: early, untreated disease is most active. */
    private double activity(double years, int day) {
        double base = course.progressive() ? 0.5 : 1.4 * Math.exp(-0.1 * years);
        return base * Math.max(0, 1 - 1.2 * treatment.reduction(day));
    }

    private void examine(int day, int stepEnd, double age) {
        while (nextMri < stepEnd) {
            MriExam exam = lesions.exam(nextMri);
            facts.mriExams.add(exam);
            // McDonald 2010 and later: new lesions on follow-up MRI show dissemination in time
            if (course == Course.CIS && exam.newOrEnlargingT2() > 0 && nextMri > baseline.diagnosisDay()
                    && LocalDate.ofEpochDay(nextMri).getYear() >= 2010) {
                course = Course.RRMS;
            }
            nextMri += (course.progressive() ? 730 : 365) + random.nextInt(-45, 76);
        }
        int visitDay = Math.min(nextVisit, relapseVisits.isEmpty() ? Integer.MAX_VALUE : relapseVisits.get(0));
        while (visitDay < stepEnd) {
            if (visitDay >= day) {
                visit(visitDay, age);
            }
            if (visitDay == nextVisit) {
                int interval = baseline.centre().visitIntervalDays();
                nextVisit += (int) (interval * uniform(random, 0.85, 1.2)) + (chance(random, 0.05) ? interval : 0);
            } else {
                relapseVisits.remove(0);
            }
            visitDay = Math.min(nextVisit, relapseVisits.isEmpty() ? Integer.MAX_VALUE : relapseVisits.get(0));
        }
    }

    private void visit(int day, double age) {
        double recovering = day - lastRelapseDay < 60 ? lastRelapseStep * (1 - (day - lastRelapseDay) / 60.0) : 0;
        double disability = Math.min(9.5, latent + recovering);
        Course recorded = course == Course.PRMS && LocalDate.ofEpochDay(day).getYear() >= 2014 ? Course.PPMS : course;
        facts.visits.add(examinations.visit(facts.visits.size() + 1, day, disability, recorded,
                course.progressive(), age));
        Drug effective = treatment.effective(day);
        boolean monitored = effective != null
                && (effective.route().equals("oral") || effective.pattern() != Drug.Pattern.CONTINUOUS);
        if (monitored || chance(random, 0.15)) {
            examinations.lymphocytes(day, effective, facts.labs);
        }
        if (treatment.current() == Drug.NATALIZUMAB && day - lastJcvDay >= 170) {
            testJcVirus(day);
        }
        if (chance(random, 0.25)) {
            examinations.vitaminD(day, facts.labs);
        }
        if (baseline.centre().measuresNfl() && day - lastNflDay >= 300) {
            examinations.neurofilament(day, age, day - lastRelapseDay < 90,
                    effective != null && effective.highEfficacy(), facts.labs);
            lastNflDay = day;
        }
        if (baseline.centre().collectsProms() && day - lastPromDay >= 330 && chance(random, 0.85)) {
            examinations.proms(day, disability, facts.proms);
            lastPromDay = day;
        }
    }

    private void testJcVirus(int day) {
        jcvPositive = jcvPositive == null ? chance(random, 0.55)
                : jcvPositive || happens(random, 0.08, Math.max(0, day - lastJcvDay));
        examinations.jcVirus(day, jcvPositive, facts.labs);
        lastJcvDay = day;
    }

    private void finish() {
        facts.followUpEnd = followUpEnd;
        facts.deathDay = deathDay;
        facts.onsetDay = onsetDay;
        facts.progressionOnsetDay = recognisedDay != null && recognisedDay <= followUpEnd ? conversionDay : null;
        facts.treatments = treatment.episodes(followUpEnd);
        pregnancies.finish(followUpEnd, followUpEnd < baseline.exportDay());
    }

    /** A random order of the systems that MS affects in this patient, the commonly affected ones first. */
    private static FunctionalSystem[] affectedOrder(SplittableRandom random) {
        List<FunctionalSystem> remaining = new ArrayList<>(List.of(FunctionalSystem.values()));
        double[] weights = {30, 14, 14, 30, 6, 14, 4};
        FunctionalSystem[] order = new FunctionalSystem[remaining.size()];
        for (int i = 0; i < order.length; i++) {
            double[] left = new double[remaining.size()];
            for (int j = 0; j < left.length; j++) {
                left[j] = weights[remaining.get(j).ordinal()];
            }
            order[i] = remaining.remove(Sampling.weighted(random, left));
        }
        return order;
    }
}
