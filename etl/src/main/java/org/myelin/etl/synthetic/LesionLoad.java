package org.myelin.etl.synthetic;

import static org.myelin.etl.synthetic.Sampling.chance;
import static org.myelin.etl.synthetic.Sampling.logNormal;
import static org.myelin.etl.synthetic.Sampling.poisson;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * T2 lesions in brain and spine between MRI examinations: subclinical activity accumulates at a rate the caller
 * sets (falling with disease duration and under treatment), and each relapse brings new lesions.
 */
final class LesionLoad {

    private final SplittableRandom random;
    private int brain;
    private int spine;
    private double expectedNew;
    private int relapsesSinceExam;
    private int lastRelapseDay = DiseaseTimeline.NEVER;
    private int exams;

    LesionLoad(SplittableRandom random, double medianBrainLesions) {
        this.random = random;
        this.brain = Math.max(1, (int) Math.round(logNormal(random, medianBrainLesions, 0.6)));
        this.spine = poisson(random, 1.3);
    }

    void accumulate(double newLesionsPerYear, int days) {
        expectedNew += newLesionsPerYear * days / 365.25;
    }

    void relapse(int day) {
        relapsesSinceExam++;
        lastRelapseDay = day;
    }

    MriExam exam(int day) {
        exams++;
        boolean first = exams == 1;
        boolean recentRelapse = day - lastRelapseDay < 60;
        MriRegion region = first ? MriRegion.BRAIN_AND_SPINE
                : chance(random, 0.8) ? MriRegion.BRAIN : chance(random, 0.3) ? MriRegion.SPINE
                : MriRegion.BRAIN_AND_SPINE;
        boolean contrast = first || chance(random, recentRelapse ? 0.9 : 0.6);
        int fresh = first ? 0 : poisson(random, expectedNew + 1.5 * relapsesSinceExam);
        int freshSpine = chance(random, 0.15) ? 1 : 0;
        brain += (int) Math.round(fresh * 0.8);
        spine += freshSpine;
        expectedNew = 0;
        relapsesSinceExam = 0;
        int count = switch (region) {
            case BRAIN -> brain;
            case SPINE -> spine;
            case BRAIN_AND_SPINE -> brain + spine;
        };
        int newCount = region == MriRegion.SPINE ? freshSpine : fresh;
        Integer enhancing = contrast
                ? poisson(random, (recentRelapse ? 1.2 : 0) + 0.3 * newCount + (first ? 0.5 : 0)) : null;
        int blackHoles = (int) Math.round(count * (0.2 + 0.25 * random.nextDouble()));
        return new MriExam(exams, LocalDate.ofEpochDay(day), region, contrast, count, newCount, enhancing,
                blackHoles);
    }
}
