package org.myelin.cohort.study;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The exact (Garwood) 95% interval of a Poisson count k: the 2.5% quantile of Gamma(k, 1) and the 97.5% quantile of
 * Gamma(k + 1, 1), found by bisection on the regularised incomplete gamma function.
 */
final class PoissonInterval {

    private static final double ALPHA = 0.05;

    private PoissonInterval() {
    }

    /**
     * The rate {@code scale * count / exposure} and its exact 95% limits, in that order; three nulls when there is no
     * exposure (a rate of nothing is no rate).
     */
    static List<@Nullable Object> rateWithLimits(long count, double exposure, double scale) {
        if (exposure <= 0) {
            return Arrays.asList(null, null, null);
        }
        return List.of(scale * count / exposure, scale * lower(count) / exposure, scale * upper(count) / exposure);
    }

    static double lower(long count) {
        return count == 0 ? 0 : gammaQuantile(ALPHA / 2, count);
    }

    static double upper(long count) {
        return gammaQuantile(1 - ALPHA / 2, count + 1.0);
    }

    /** The x with P(shape, x) = p, to double precision. */
    static double gammaQuantile(double p, double shape) {
        double low = 0;
        double high = shape + 20 * Math.sqrt(shape) + 20;
        for (int i = 0; i < 200 && high - low > 1e-12 * Math.max(1, high); i++) {
            double middle = (low + high) / 2;
            if (regularizedGamma(shape, middle) < p) {
                low = middle;
            } else {
                high = middle;
            }
        }
        return (low + high) / 2;
    }

    /** P(a, x), the regularised lower incomplete gamma function: a series below a + 1, a continued fraction above. */
    static double regularizedGamma(double a, double x) {
        if (x <= 0) {
            return 0;
        }
        double logPrefix = a * Math.log(x) - x - logGamma(a);
        if (x < a + 1) {
            double term = 1 / a;
            double sum = term;
            for (int n = 1; n < 10_000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) {
                term *= x / (a + n);
                sum += term;
            }
            return sum * Math.exp(logPrefix);
        }
        // Lentz's method for the continued fraction of Q(a, x)
        double tiny = 1e-300;
        double b = x + 1 - a;
        double c = 1 / tiny;
        double d = 1 / b;
        double h = d;
        for (int n = 1; n < 10_000; n++) {
            double an = -n * (n - a);
            b += 2;
            d = an * d + b;
            d = Math.abs(d) < tiny ? tiny : d;
            c = b + an / c;
            c = Math.abs(c) < tiny ? tiny : c;
            d = 1 / d;
            double step = d * c;
            h *= step;
            if (Math.abs(step - 1) < 1e-16) {
                break;
            }
        }
        return 1 - Math.exp(logPrefix) * h;
    }

    /** ln Γ(x) for x > 0 (Lanczos, g = 7, nine coefficients). */
    static double logGamma(double x) {
        double[] coefficients = {0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7};
        if (x < 0.5) {
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
        }
        double z = x - 1;
        double sum = coefficients[0];
        for (int i = 1; i < coefficients.length; i++) {
            sum += coefficients[i] / (z + i);
        }
        double t = z + 7.5;
        return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
    }
}
