package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;

/** Random variates the generator needs beyond uniform and Gaussian, each by inversion or rejection. */
final class Sampling {
    private Sampling() {
    }

    static double uniform(SplittableRandom rng, double lo, double hi) {
        return lo + (hi - lo) * rng.nextDouble();
    }

    static double azimuth(SplittableRandom rng) {
        return uniform(rng, -Math.PI, Math.PI);
    }

    static double exponential(SplittableRandom rng, double mean) {
        return -mean * Math.log1p(-rng.nextDouble());
    }

    static boolean chance(SplittableRandom rng, double probability) {
        return rng.nextDouble() < probability;
    }

    /** +1 with the given probability, −1 otherwise. */
    static int sign(SplittableRandom rng, double probabilityPositive) {
        return chance(rng, probabilityPositive) ? 1 : -1;
    }

    /**
     * Gamma distribution of shape 2 and scale θ (mode θ, mean 2θ): a quantity that vanishes at threshold
     * and then falls exponentially, used for the excess of a pair's invariant mass over threshold.
     */
    static double gammaShape2(SplittableRandom rng, double scale) {
        return exponential(rng, scale) + exponential(rng, scale);
    }

    /** Poisson variate by multiplying uniforms (Knuth); fine for the small means used here. */
    static int poisson(SplittableRandom rng, double mean) {
        double limit = Math.exp(-mean);
        double product = rng.nextDouble();
        int n = 0;
        while (product > limit) {
            product *= rng.nextDouble();
            n++;
        }
        return n;
    }

    /**
     * Power law dN/dx ∝ x^(−index) above {@code min} (index > 1), by inversion: x = min·u^(−1/(index−1)).
     */
    static double powerLaw(SplittableRandom rng, double min, double index) {
        return min * Math.pow(1.0 - rng.nextDouble(), -1.0 / (index - 1.0));
    }

    /** cos θ of a decay with the angular distribution 1 + cos²θ (a vector boson into fermions). */
    static double cosThetaVector(SplittableRandom rng) {
        while (true) {
            double c = uniform(rng, -1.0, 1.0);
            if (2.0 * rng.nextDouble() < 1.0 + c * c) {
                return c;
            }
        }
    }

    /** cos θ with the distribution sin²θ (scalar pair production through an s-channel vector boson). */
    static double cosThetaScalarPair(SplittableRandom rng) {
        while (true) {
            double c = uniform(rng, -1.0, 1.0);
            if (rng.nextDouble() < 1.0 - c * c) {
                return c;
            }
        }
    }

    static double cosThetaIsotropic(SplittableRandom rng) {
        return uniform(rng, -1.0, 1.0);
    }
}
