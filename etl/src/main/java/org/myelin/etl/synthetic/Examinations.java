package org.myelin.etl.synthetic;

import static org.myelin.etl.synthetic.Sampling.chance;
import static org.myelin.etl.synthetic.Sampling.clamp;
import static org.myelin.etl.synthetic.Sampling.logNormal;
import static org.myelin.etl.synthetic.Sampling.normal;
import static org.myelin.etl.synthetic.Sampling.uniform;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * What examinations record about a patient's state: the neurological examination and performance tests at a
 * visit, questionnaires, and laboratory values. Not every item is assessed at every visit.
 */
final class Examinations {

    private final SplittableRandom random;
    private final FunctionalSystem[] affectedOrder;

    Examinations(SplittableRandom random, FunctionalSystem[] affectedOrder) {
        this.random = random;
        this.affectedOrder = affectedOrder;
    }

    /**
     * A visit. {@code disability} is the latent EDSS including any relapse still recovering; the examiner's
     * rating is off by half a step now and then.
     */
    Visit visit(int number, int day, double disability, @Nullable Course course, boolean progressive, double age) {
        Double edss = null;
        FunctionalScores scores = null;
        Integer ambulation = null;
        double observed = disability + (chance(random, 0.12) ? -0.5 : chance(random, 0.14) ? 0.5 : 0);
        double step = Disability.edss(observed);
        if (chance(random, 0.92)) {
            edss = step;
            if (chance(random, 0.75)) {
                scores = Disability.functionalScores(step, affectedOrder, progressive, random);
            }
            if (chance(random, 0.6)) {
                ambulation = Disability.ambulation(step);
            }
        }
        Double walk = step < 7.0 && chance(random, 0.35)
                ? round(4.4 * Math.exp(0.24 * Math.max(0, step - 1.5)) * logNormal(random, 1, 0.12), 1) : null;
        Double pegDominant = null;
        Double pegOther = null;
        if (step < 8.0 && chance(random, 0.3)) {
            double dominant = 18.5 * Math.exp(0.07 * Math.max(0, step - 1.5)) * logNormal(random, 1, 0.1);
            pegDominant = round(dominant, 1);
            pegOther = round(dominant * logNormal(random, 1.07, 0.05), 1);
        }
        Integer sdmt = chance(random, 0.4)
                ? (int) Math.round(clamp(60 - 2.6 * step - 0.3 * (age - 35) + normal(random, 0, 8), 0, 110)) : null;
        return new Visit(number, LocalDate.ofEpochDay(day), edss, scores, ambulation,
                chance(random, 0.85) ? course : null, walk, pegDominant, pegOther, sdmt);
    }

    /** The yearly questionnaires, each one now and then left unanswered; scores worsen with disability. */
    void proms(int day, double disability, List<PromScore> into) {
        LocalDate date = LocalDate.ofEpochDay(day);
        for (PromInstrument instrument : PromInstrument.values()) {
            if (!chance(random, 0.9)) {
                continue;
            }
            double score = switch (instrument) {
                case MSIS29_PHYSICAL -> round(5 + 9 * disability + normal(random, 0, 10), 1);
                case MSIS29_PSYCHOLOGICAL -> round(20 + 3 * disability + normal(random, 0, 15), 1);
                case EQ5D_INDEX -> round(0.93 - 0.075 * disability + normal(random, 0, 0.08), 3);
                case EQ5D_VAS -> Math.round(86 - 5 * disability + normal(random, 0, 10));
                case MSWS12 -> round(disability < 1.5 ? uniform(random, 0, 12) : 8 + 10 * disability
                        + normal(random, 0, 10), 1);
                case FSMC -> Math.round(35 + 5 * disability + normal(random, 0, 12));
            };
            into.add(new PromScore(date, instrument, clamp(score, instrument.min(), instrument.max())));
        }
    }

    /** Cerebrospinal fluid at the diagnostic work-up: oligoclonal bands, often an IgG index. */
    void cerebrospinalFluid(int day, double positiveShare, List<LabResult> into) {
        LocalDate date = LocalDate.ofEpochDay(day);
        boolean bands = chance(random, positiveShare);
        into.add(new LabResult(date, LabTest.CSF_OCB, 0, bands));
        if (chance(random, 0.6)) {
            double index = bands ? logNormal(random, 0.95, 0.3) : logNormal(random, 0.52, 0.2);
            into.add(new LabResult(date, LabTest.CSF_IGG_INDEX, round(index, 2), false));
        }
    }

    /** JC virus serology before and during natalizumab: antibody status and index (positive from 0.4). */
    void jcVirus(int day, boolean positive, List<LabResult> into) {
        double index = positive ? clamp(logNormal(random, 1.8, 0.6), 0.4, 5.5) : uniform(random, 0.05, 0.35);
        LocalDate date = LocalDate.ofEpochDay(day);
        into.add(new LabResult(date, LabTest.JCV_ANTIBODY, 0, positive));
        into.add(new LabResult(date, LabTest.JCV_INDEX, round(index, 2), false));
    }

    /** Lymphocyte count, low on sphingosine-1-phosphate modulators and after induction, lower on fumarates. */
    void lymphocytes(int day, @Nullable Drug drug, List<LabResult> into) {
        double median = drug == null ? 1.9 : switch (drug) {
            case FINGOLIMOD, SIPONIMOD, OZANIMOD, PONESIMOD -> 0.6;
            case ALEMTUZUMAB, CLADRIBINE, MITOXANTRONE -> 0.8;
            case DIMETHYL_FUMARATE, DIROXIMEL_FUMARATE -> 1.2;
            default -> 1.8;
        };
        into.add(new LabResult(LocalDate.ofEpochDay(day), LabTest.LYMPHOCYTES,
                round(clamp(logNormal(random, median, 0.3), 0.1, 6), 2), false));
    }

    /** Serum neurofilament light: rises with age, and after a relapse; lower on high-efficacy drugs. */
    void neurofilament(int day, double age, boolean recentRelapse, boolean highEfficacy, List<LabResult> into) {
        double value = (5 + 0.12 * Math.max(0, age - 25)) * logNormal(random, 1, 0.35)
                + (recentRelapse ? uniform(random, 8, 25) : 0);
        into.add(new LabResult(LocalDate.ofEpochDay(day), LabTest.SERUM_NFL,
                round(value * (highEfficacy ? 0.75 : 1), 1), false));
    }

    /** 25-hydroxy vitamin D in nmol/L. */
    void vitaminD(int day, List<LabResult> into) {
        into.add(new LabResult(LocalDate.ofEpochDay(day), LabTest.VITAMIN_D,
                round(clamp(normal(random, 62, 22), 8, 180), 0), false));
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
