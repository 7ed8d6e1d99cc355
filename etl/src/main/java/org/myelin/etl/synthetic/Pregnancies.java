package org.myelin.etl.synthetic;

import static org.myelin.etl.synthetic.Sampling.chance;
import static org.myelin.etl.synthetic.Sampling.happens;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Pregnancies of women with MS during follow-up, with their effect on treatment (stopped before or soon after
 * conception, restarted after delivery) and on relapses (fewer in the third trimester, more after delivery).
 */
final class Pregnancies {

    private record Planned(int conception, PregnancyOutcome outcome, int outcomeDay, boolean dmtExposed) {
    }

    private final SplittableRandom random;
    private final RecordedFacts facts;
    private final TreatmentCourse treatment;
    private final List<Planned> planned = new ArrayList<>();
    private int busyUntil = DiseaseTimeline.NEVER;

    Pregnancies(SplittableRandom random, RecordedFacts facts, TreatmentCourse treatment) {
        this.random = random;
        this.facts = facts;
        this.treatment = treatment;
    }

    void step(int day, int stepEnd, double age, Sex sex, Course course, int year) {
        if (sex != Sex.F || age < 18 || age > 44 || day < busyUntil
                || !happens(random, age > 37 ? 0.015 : 0.035, stepEnd - day)) {
            return;
        }
        int conception = day + random.nextInt(Math.max(1, stepEnd - day));
        PregnancyOutcome outcome = PregnancyOutcome.values()[Sampling.weighted(random, 80, 1, 12, 5, 1, 0, 1)];
        int length = switch (outcome) {
            case LIVE_BIRTH -> 252 + random.nextInt(30);
            case STILLBIRTH -> 180 + random.nextInt(90);
            case MISCARRIAGE -> 45 + random.nextInt(60);
            case INDUCED_ABORTION -> 40 + random.nextInt(40);
            case ECTOPIC -> 40 + random.nextInt(25);
            default -> 270;
        };
        int outcomeDay = conception + length;
        boolean exposed = false;
        Drug drug = treatment.current();
        if (drug != null) {
            int stopDay;
            if (chance(random, 0.3) && conception - treatment.currentStart() > 120) {
                stopDay = conception - 14 - random.nextInt(90);
            } else {
                boolean continued = drug == Drug.NATALIZUMAB && chance(random, 0.3);
                stopDay = conception + (continued ? 200 + random.nextInt(40) : 28 + random.nextInt(28));
                exposed = true;
            }
            treatment.stop(Math.min(stopDay, outcomeDay), StopReason.PREGNANCY);
            if (chance(random, 0.8)) {
                treatment.schedule(DrugChoice.next(drug, StopReason.PREGNANCY, course, year, random),
                        outcomeDay + 30 + random.nextInt(120));
            }
        }
        planned.add(new Planned(conception, outcome, outcomeDay, exposed));
        busyUntil = outcomeDay + (outcome == PregnancyOutcome.LIVE_BIRTH ? 365 : 120);
    }

    /** Relapse rate multiplier: low in the third trimester, high in the three months after a birth. */
    double relapseFactor(int day) {
        for (Planned pregnancy : planned) {
            int since = day - pregnancy.conception();
            if (since >= 180 && day < pregnancy.outcomeDay()) {
                return 0.3;
            }
            int after = day - pregnancy.outcomeDay();
            if (after >= 0 && after < 90 && pregnancy.outcome() == PregnancyOutcome.LIVE_BIRTH) {
                return 1.7;
            }
        }
        return 1;
    }

    /**
     * Records the pregnancies as known at the end of follow-up: one not yet ended is ongoing at the export, or
     * of unknown outcome when follow-up ended earlier.
     */
    void finish(int followUpEnd, boolean followUpEndedEarly) {
        for (Planned pregnancy : planned) {
            if (pregnancy.conception() > followUpEnd) {
                continue;
            }
            boolean ended = pregnancy.outcomeDay() <= followUpEnd;
            PregnancyOutcome outcome = ended ? pregnancy.outcome()
                    : followUpEndedEarly ? PregnancyOutcome.UNKNOWN : PregnancyOutcome.ONGOING;
            @Nullable LocalDate outcomeDate = ended ? LocalDate.ofEpochDay(pregnancy.outcomeDay()) : null;
            facts.pregnancies.add(new Pregnancy(facts.pregnancies.size() + 1,
                    LocalDate.ofEpochDay(pregnancy.conception()), outcome, outcomeDate, pregnancy.dmtExposed()));
        }
    }
}
