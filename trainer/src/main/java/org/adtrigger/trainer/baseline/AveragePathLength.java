package org.adtrigger.trainer.baseline;

/**
 * c(n), the average path length of an unsuccessful search in a binary search tree of n points (Liu, Ting &amp;
 * Zhou 2008, eq. 1): the expected depth still to go when an isolation tree stops at a node holding n points,
 * and the normaliser of the anomaly score. c(n) = 2·H(n − 1) − 2(n − 1)/n with the harmonic number estimated
 * as H(i) ≈ ln(i) + γ, as in the paper; c(2) = 1 and c(n) = 0 for n ≤ 1.
 */
public final class AveragePathLength {
    /** The Euler–Mascheroni constant γ. */
    public static final double EULER_GAMMA = 0.5772156649015329;

    private AveragePathLength() {
    }

    public static double of(long n) {
        if (n <= 1) {
            return 0;
        }
        if (n == 2) {
            return 1;
        }
        return 2 * (Math.log(n - 1) + EULER_GAMMA) - 2.0 * (n - 1) / n;
    }
}
