package org.myelin.etl.synthetic;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/** Which drug a neurologist picks, by era, role and the drug being replaced; weights reflect European use. */
final class DrugChoice {

    private static final Map<Drug, Double> FIRST_LINE = weights(
            Drug.INTERFERON_BETA_1A, 10, Drug.INTERFERON_BETA_1B, 6, Drug.PEGINTERFERON_BETA_1A, 2,
            Drug.GLATIRAMER_ACETATE, 8, Drug.TERIFLUNOMIDE, 6, Drug.DIMETHYL_FUMARATE, 9,
            Drug.DIROXIMEL_FUMARATE, 3, Drug.FINGOLIMOD, 2, Drug.OZANIMOD, 2, Drug.PONESIMOD, 1,
            Drug.DACLIZUMAB, 2);
    private static final Map<Drug, Double> HIGH_EFFICACY = weights(
            Drug.NATALIZUMAB, 6, Drug.OCRELIZUMAB, 9, Drug.OFATUMUMAB, 7, Drug.UBLITUXIMAB, 3,
            Drug.ALEMTUZUMAB, 1, Drug.CLADRIBINE, 3, Drug.MITOXANTRONE, 1);
    private static final Map<Drug, Double> MODERATE = weights(
            Drug.DIMETHYL_FUMARATE, 6, Drug.DIROXIMEL_FUMARATE, 2, Drug.FINGOLIMOD, 8, Drug.OZANIMOD, 3,
            Drug.PONESIMOD, 2, Drug.DACLIZUMAB, 2, Drug.TERIFLUNOMIDE, 2);
    private static final Map<Drug, Double> ORAL = weights(
            Drug.TERIFLUNOMIDE, 6, Drug.DIMETHYL_FUMARATE, 8, Drug.DIROXIMEL_FUMARATE, 3, Drug.FINGOLIMOD, 4,
            Drug.OZANIMOD, 2, Drug.PONESIMOD, 2);
    private static final Map<Drug, Double> SECONDARY_PROGRESSIVE = weights(
            Drug.SIPONIMOD, 8, Drug.OCRELIZUMAB, 3, Drug.INTERFERON_BETA_1B, 3, Drug.MITOXANTRONE, 1);
    private static final Map<Drug, Double> PRIMARY_PROGRESSIVE = weights(Drug.OCRELIZUMAB, 1);

    private DrugChoice() {
    }

    /** The first DMT: mostly platform drugs, high-efficacy first more often in recent years and active disease. */
    static @Nullable Drug first(int year, boolean active, SplittableRandom random) {
        double highShare = (year < 2015 ? 0.06 : 0.22) + (active ? 0.2 : 0);
        return Sampling.chance(random, highShare)
                ? pick(HIGH_EFFICACY, year, null, random)
                : pick(FIRST_LINE, year, null, random);
    }

    /** The drug after one stopped for the given reason. */
    static @Nullable Drug next(Drug previous, @Nullable StopReason reason, Course course, int year,
            SplittableRandom random) {
        if (course == Course.SPMS) {
            return pick(SECONDARY_PROGRESSIVE, year, previous, random);
        }
        if (course == Course.PPMS || course == Course.PRMS) {
            return pick(PRIMARY_PROGRESSIVE, year, previous, random);
        }
        Map<Drug, Double> role = switch (reason == null ? StopReason.OTHER : reason) {
            case LACK_OF_EFFICACY -> previous.highEfficacy() || Sampling.chance(random, 0.55)
                    ? HIGH_EFFICACY : MODERATE;
            case CONVENIENCE -> ORAL;
            case PREGNANCY -> Sampling.chance(random, 0.6) ? Map.of(previous, 1.0) : FIRST_LINE;
            case ADVERSE_EVENT, PATIENT_CHOICE, OTHER -> previous.highEfficacy() ? HIGH_EFFICACY
                    : previous.relapseReduction() >= 0.45 ? MODERATE : FIRST_LINE;
        };
        Drug chosen = pick(role, year, reason == StopReason.PREGNANCY ? null : previous, random);
        return chosen != null ? chosen : pick(FIRST_LINE, year, previous, random);
    }

    /** A drug for progressive disease started without a previous DMT, if one is licensed in that year. */
    static @Nullable Drug progressive(Course course, int year, SplittableRandom random) {
        return pick(course == Course.SPMS ? SECONDARY_PROGRESSIVE : PRIMARY_PROGRESSIVE, year, null, random);
    }

    private static @Nullable Drug pick(Map<Drug, Double> role, int year, @Nullable Drug excluded,
            SplittableRandom random) {
        double total = 0;
        for (Map.Entry<Drug, Double> entry : role.entrySet()) {
            if (entry.getKey() != excluded && entry.getKey().availableIn(year)) {
                total += entry.getValue();
            }
        }
        if (total == 0) {
            return null;
        }
        double ticket = random.nextDouble() * total;
        Drug last = null;
        for (Map.Entry<Drug, Double> entry : role.entrySet()) {
            if (entry.getKey() != excluded && entry.getKey().availableIn(year)) {
                last = entry.getKey();
                ticket -= entry.getValue();
                if (ticket < 0) {
                    return last;
                }
            }
        }
        return last;
    }

    private static Map<Drug, Double> weights(Object... drugsAndWeights) {
        Map<Drug, Double> weights = new EnumMap<>(Drug.class);
        for (int i = 0; i < drugsAndWeights.length; i += 2) {
            weights.put((Drug) drugsAndWeights[i], ((Number) drugsAndWeights[i + 1]).doubleValue());
        }
        return weights;
    }
}
