package org.myelin.etl.synthetic;

import static org.myelin.etl.synthetic.Sampling.chance;
import static org.myelin.etl.synthetic.Sampling.happens;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The neurologist's side of the simulation: starting a DMT after the diagnosis, stopping it for the reasons
 * registries record (adverse event, lack of efficacy, convenience, patient choice, pregnancy, other), and the
 * next drug after a gap.
 */
final class TreatmentDecisions {

    private final SplittableRandom random;
    private final TreatmentCourse treatment;
    private final List<AdverseEvent> adverseEvents;
    private @Nullable Integer fatalPmlDeathDay;

    TreatmentDecisions(SplittableRandom random, TreatmentCourse treatment, List<AdverseEvent> adverseEvents) {
        this.random = random;
        this.treatment = treatment;
        this.adverseEvents = adverseEvents;
    }

    /** The day a fatal PML ends the patient's life, if one occurred. */
    @Nullable Integer fatalPmlDeathDay() {
        return fatalPmlDeathDay;
    }

    /** Whether and with what treatment starts after the diagnosis. */
    void atDiagnosis(int diagnosisDay, Course course, List<Relapse> relapses, int year, double age) {
        int day = diagnosisDay + (int) Math.min(400, random.nextExponential() * 75);
        boolean active = relapses.size() >= 2
                || relapses.stream().anyMatch(relapse -> relapse.severity() == Severity.SEVERE);
        switch (course) {
            case RRMS -> {
                if (chance(random, year < 2000 ? 0.45 : 0.85)) {
                    treatment.schedule(DrugChoice.first(year, active, random), day);
                }
            }
            case CIS -> {
                if (chance(random, year >= 2004 ? 0.45 : 0.1)) {
                    treatment.schedule(DrugChoice.first(year, false, random), day);
                }
            }
            case PPMS, PRMS -> {
                if (chance(random, age < 55 ? 0.45 : 0.15)) {
                    treatment.schedule(DrugChoice.progressive(Course.PPMS, year, random), day);
                }
            }
            default -> {
                // radiologically isolated syndrome is observed, not treated
            }
        }
    }

    /** Stops the running drug when one of the reasons to stop comes up in this step, and records adverse events. */
    void review(int day, int stepEnd, double age, int year, Course course, @Nullable Boolean jcvPositive) {
        Drug drug = treatment.current();
        if (drug == null) {
            return;
        }
        int days = stepEnd - day;
        double monthsOn = (day - treatment.currentStart()) / 30.4;
        int stopDay = day + random.nextInt(Math.max(1, days));
        if (drug == Drug.NATALIZUMAB && Boolean.TRUE.equals(jcvPositive) && monthsOn >= 24
                && happens(random, 0.004, days)) {
            int onset = stopDay;
            boolean fatal = chance(random, 0.2);
            adverseEvents.add(new AdverseEvent(0, LocalDate.ofEpochDay(onset), AdverseEventTerms.PML, true,
                    treatment.currentEpisodeNumber(), fatal ? AdverseEventOutcome.FATAL
                            : chance(random, 0.6) ? AdverseEventOutcome.RECOVERED_WITH_SEQUELAE
                                    : AdverseEventOutcome.NOT_RECOVERED));
            if (fatal) {
                fatalPmlDeathDay = onset + 60 + random.nextInt(240);
            }
            switchDrug(onset + 7, StopReason.ADVERSE_EVENT, course, year, age);
            return;
        }
        StopReason reason = null;
        if (happens(random, monthsOn < 12 ? 0.1 : 0.035, days)) {
            reason = StopReason.ADVERSE_EVENT;
            int onset = Math.max(treatment.currentStart(), stopDay - 7 - random.nextInt(40));
            adverseEvents.add(new AdverseEvent(0, LocalDate.ofEpochDay(onset),
                    Sampling.pick(random, AdverseEventTerms.typical(drug)), chance(random, 0.1),
                    treatment.currentEpisodeNumber(), outcome()));
        } else if (happens(random, age > 60 ? 0.15 : 0.03, days)) {
            reason = StopReason.PATIENT_CHOICE;
        } else if (drug.injectable() && year >= 2014 && happens(random, 0.07, days)) {
            reason = StopReason.CONVENIENCE;
        } else if (drug == Drug.NATALIZUMAB && Boolean.TRUE.equals(jcvPositive) && monthsOn >= 18
                && happens(random, 0.45, days)) {
            reason = StopReason.OTHER;
        } else if ((drug.pattern() == Drug.Pattern.LIMITED && monthsOn >= 18)
                || (drug.lastYear() != null && year >= drug.lastYear())) {
            reason = StopReason.OTHER;
        }
        if (reason != null) {
            switchDrug(stopDay, reason, course, year, age);
        } else if (happens(random, 0.05, days)) {
            Drug on = treatment.current();
            adverseEvents.add(new AdverseEvent(0, LocalDate.ofEpochDay(stopDay),
                    Sampling.pick(random, AdverseEventTerms.typical(on)), false,
                    chance(random, 0.8) ? treatment.currentEpisodeNumber() : null, AdverseEventOutcome.RECOVERED));
        }
    }

    private AdverseEventOutcome outcome() {
        return AdverseEventOutcome.values()[Sampling.weighted(random, 65, 15, 8, 5, 0, 7)];
    }

    /** Stops the running drug and, most of the time, plans the next one after a gap. */
    private void switchDrug(int stopDay, StopReason reason, Course course, int year, double age) {
        Drug previous = treatment.current();
        if (previous == null) {
            return;
        }
        treatment.stop(stopDay, reason);
        double continues = age > 60 || (course.progressive() && reason != StopReason.LACK_OF_EFFICACY) ? 0.4 : 0.88;
        if (chance(random, continues)) {
            int gap = switch (reason) {
                case LACK_OF_EFFICACY -> 14 + random.nextInt(46);
                case OTHER -> 28 + random.nextInt(42);
                default -> (int) Math.min(365, random.nextExponential() * 45);
            };
            treatment.schedule(DrugChoice.next(previous, reason, course, year, random), stopDay + gap);
        }
    }

    /** A relapse on a drug may mean it fails; an untreated relapse often starts one. */
    void afterRelapse(int onset, Course course, int year, double age) {
        Drug current = treatment.current();
        if (current != null) {
            if (onset - treatment.currentStart() > 180 && chance(random, current.highEfficacy() ? 0.3 : 0.5)) {
                switchDrug(onset + 20 + random.nextInt(55), StopReason.LACK_OF_EFFICACY, course, year, age);
            }
        } else if (!treatment.inductionPending() && course != Course.RIS && chance(random, 0.6)) {
            Drug previous = treatment.lastDrug();
            Drug next = previous == null ? DrugChoice.first(year, true, random)
                    : DrugChoice.next(previous, StopReason.LACK_OF_EFFICACY, course, year, random);
            treatment.schedule(next, onset + 30 + random.nextInt(90));
        }
    }

    /** Secondary progression recognised: a platform drug may give way to one for progressive disease. */
    void atSecondaryProgression(int day, int year, double age) {
        Drug current = treatment.current();
        if (current != null && !current.highEfficacy() && chance(random, 0.3)) {
            switchDrug(day, StopReason.LACK_OF_EFFICACY, Course.SPMS, year, age);
        } else if (current == null && age < 60 && chance(random, 0.25)) {
            treatment.schedule(DrugChoice.progressive(Course.SPMS, year, random), day + random.nextInt(120));
        }
    }
}
