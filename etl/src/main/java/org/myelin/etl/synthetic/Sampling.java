package org.myelin.etl.synthetic;

import java.util.List;
import java.util.SplittableRandom;

/** Draws from the distributions the simulation uses. */
final class Sampling {

    private Sampling() {
    }

    static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** Whether an event with the given yearly rate happens within a step of the given days. */
    static boolean happens(SplittableRandom random, double ratePerYear, int days) {
        return ratePerYear > 0 && random.nextDouble() < 1 - Math.exp(-ratePerYear * days / 365.25);
    }

    static double normal(SplittableRandom random, double mean, double sd) {
        return random.nextGaussian(mean, sd);
    }

    static double logNormal(SplittableRandom random, double median, double sigma) {
        return median * Math.exp(random.nextGaussian() * sigma);
    }

    static double uniform(SplittableRandom random, double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    static int poisson(SplittableRandom random, double mean) {
        double limit = Math.exp(-Math.min(mean, 30));
        int count = 0;
        double product = random.nextDouble();
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }

    static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }

    static <T> T pick(SplittableRandom random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Picks index i with probability weights[i] / sum(weights). */
    static int weighted(SplittableRandom random, double... weights) {
        double total = 0;
        for (double weight : weights) {
            total += weight;
        }
        double ticket = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            ticket -= weights[i];
            if (ticket < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}
