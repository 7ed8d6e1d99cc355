package org.myelin.etl.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * A patient's sequence of DMT episodes: starts, switches with their stop reasons, gaps between drugs, and the
 * yearly courses of the induction drugs (alemtuzumab, cladribine).
 */
final class TreatmentCourse {

    /** Relapse and lesion suppression takes about three months to build up. */
    private static final int DAYS_TO_FULL_EFFECT = 90;
    /** Induction drugs keep working years after their last course. */
    private static final int INDUCTION_EFFECT_DAYS = 4 * 365;

    private final SplittableRandom random;
    private final List<TreatmentEpisode> episodes = new ArrayList<>();
    private @Nullable Drug current;
    private int currentStart;
    private @Nullable Drug scheduled;
    private int scheduledDay = Integer.MAX_VALUE;
    private int scheduledCourse;
    private @Nullable Drug lastDrug;
    private int effectUntil = Integer.MIN_VALUE;
    /** A stop can be decided ahead of its day; nothing new starts before the last recorded episode ends. */
    private int lastEnd = Integer.MIN_VALUE;

    TreatmentCourse(SplittableRandom random) {
        this.random = random;
    }

    @Nullable Drug current() {
        return current;
    }

    int currentStart() {
        return currentStart;
    }

    /** The drug whose effect protects the patient on this day, including the long tail of induction drugs. */
    @Nullable Drug effective(int day) {
        if (current != null) {
            return current;
        }
        return day <= effectUntil ? lastDrug : null;
    }

    /** Relative reduction of relapse and lesion rates on this day. */
    double reduction(int day) {
        Drug drug = effective(day);
        if (drug == null) {
            return 0;
        }
        int since = current != null ? day - currentStart : DAYS_TO_FULL_EFFECT;
        return drug.relapseReduction() * Math.min(1.0, since / (double) DAYS_TO_FULL_EFFECT);
    }

    /** Plans a drug to start on a day, unless one is running or already planned. */
    void schedule(@Nullable Drug drug, int day) {
        if (drug != null && current == null && scheduled == null) {
            scheduled = drug;
            scheduledDay = Math.max(day, lastEnd);
            scheduledCourse = 1;
        }
    }

    /** Starts what is due by the end of this step; returns the drug started, if any. */
    @Nullable Drug startDue(int stepEnd) {
        if (scheduled == null || scheduledDay >= stepEnd) {
            return null;
        }
        Drug drug = scheduled;
        int day = scheduledDay;
        scheduled = null;
        scheduledDay = Integer.MAX_VALUE;
        Integer lastYear = drug.lastYear();
        if (lastYear != null && LocalDate.ofEpochDay(day).getYear() >= lastYear) {
            // withdrawn from the market between the decision and the planned start
            return null;
        }
        if (drug.pattern() == Drug.Pattern.PULSED) {
            // a course lasts days (alemtuzumab infusions) to weeks (cladribine tablets); a second follows a year on
            int length = drug == Drug.ALEMTUZUMAB ? (scheduledCourse == 1 ? 4 : 2) : 35;
            record(drug, day, day + length, null);
            lastDrug = drug;
            effectUntil = day + INDUCTION_EFFECT_DAYS;
            if (scheduledCourse == 1) {
                scheduled = drug;
                scheduledDay = day + 365 + random.nextInt(-20, 40);
                scheduledCourse = 2;
            }
            return drug;
        }
        current = drug;
        currentStart = day;
        return drug;
    }

    /** Ends the running drug on a day for a reason; the episode is recorded. */
    void stop(int day, StopReason reason) {
        if (current == null) {
            return;
        }
        record(current, currentStart, Math.max(day, currentStart + 1), reason);
        lastDrug = current;
        effectUntil = day + 30;
        current = null;
    }

    /** Ends all treatment on the day of death: nothing planned starts, and a stop decided for later comes now. */
    void endAtDeath(int day) {
        scheduled = null;
        scheduledDay = Integer.MAX_VALUE;
        stop(day, StopReason.OTHER);
        for (int i = 0; i < episodes.size(); i++) {
            TreatmentEpisode episode = episodes.get(i);
            if (episode.end() != null && episode.end().toEpochDay() > day) {
                episodes.set(i, new TreatmentEpisode(episode.number(), episode.drug(), episode.start(),
                        LocalDate.ofEpochDay(day), StopReason.OTHER));
            }
        }
    }

    /** Whether an induction course is planned (a running induction regimen). */
    boolean inductionPending() {
        return scheduled != null && scheduled.pattern() == Drug.Pattern.PULSED && scheduledCourse == 2;
    }

    @Nullable Drug lastDrug() {
        return lastDrug;
    }

    /**
     * The episodes as known at the end of follow-up: a drug still running, or a course or stop that lies after
     * that day, has no end yet.
     */
    List<TreatmentEpisode> episodes(int followUpEnd) {
        LocalDate last = LocalDate.ofEpochDay(followUpEnd);
        List<TreatmentEpisode> known = new ArrayList<>();
        for (TreatmentEpisode episode : episodes) {
            if (episode.start().isAfter(last)) {
                break;
            }
            boolean ended = episode.end() != null && !episode.end().isAfter(last);
            known.add(ended ? episode : new TreatmentEpisode(episode.number(), episode.drug(), episode.start(),
                    null, null));
        }
        if (current != null && currentStart <= followUpEnd) {
            known.add(new TreatmentEpisode(known.size() + 1, current, LocalDate.ofEpochDay(currentStart), null,
                    null));
        }
        return known;
    }

    /** The number the next recorded episode will have (an adverse event refers to its episode by number). */
    int currentEpisodeNumber() {
        return episodes.size() + 1;
    }

    private void record(Drug drug, int start, int end, @Nullable StopReason reason) {
        episodes.add(new TreatmentEpisode(episodes.size() + 1, drug, LocalDate.ofEpochDay(start),
                LocalDate.ofEpochDay(end), reason));
        lastEnd = end;
    }
}
