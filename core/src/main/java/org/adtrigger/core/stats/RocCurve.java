package org.adtrigger.core.stats;

import java.util.Arrays;

/**
 * The weighted ROC curve of a score separating signal from background, and the figures of merit read
 * from it.
 *
 * <p>Point k is (ε_B, ε_S) for the selection score ≥ threshold(k): the weighted fractions of background
 * and signal at or above it. Thresholds run over every distinct score of either sample, descending, after
 * a first point at +∞, so the curve goes from (0, 0) to (1, 1). Events of both classes with the same score
 * move the curve diagonally, which is what makes identical distributions give AUC = ½ exactly. Building
 * it walks the two sorted samples once: O(n) after the O(n log n) sorts of {@link WeightedSample}.
 *
 * <p>Negative weights stay in the cumulative sums, so the curve is right in expectation but may step
 * backwards locally; the AUC is then the signed trapezoid area, and ε_S at a given ε_B is read at the first
 * crossing of that ε_B.
 */
public final class RocCurve {
    private final double[] thresholds;
    private final double[] effB;
    private final double[] effS;

    private RocCurve(double[] thresholds, double[] effB, double[] effS) {
        this.thresholds = thresholds;
        this.effB = effB;
        this.effS = effS;
    }

    /**
     * @throws IllegalArgumentException when either sample's total weight is not positive
     */
    public static RocCurve of(WeightedSample signal, WeightedSample background) {
        double totalS = signal.total().sumW();
        double totalB = background.total().sumW();
        if (!(totalS > 0.0) || !(totalB > 0.0)) {
            throw new IllegalArgumentException("ROC needs positive total weights, got signal " + totalS
                    + ", background " + totalB);
        }
        int capacity = signal.size() + background.size() + 1;
        double[] t = new double[capacity];
        double[] b = new double[capacity];
        double[] s = new double[capacity];
        t[0] = Double.POSITIVE_INFINITY;
        int points = 1;
        // i and j index the highest entries not yet passed, counting down from the top of each sample.
        int i = signal.size() - 1;
        int j = background.size() - 1;
        while (i >= 0 || j >= 0) {
            double v = Math.max(i >= 0 ? signal.value(i) : Double.NEGATIVE_INFINITY,
                    j >= 0 ? background.value(j) : Double.NEGATIVE_INFINITY);
            while (i >= 0 && signal.value(i) == v) {
                i--;
            }
            while (j >= 0 && background.value(j) == v) {
                j--;
            }
            t[points] = v;
            s[points] = signal.weightFrom(i + 1) / totalS;
            b[points] = background.weightFrom(j + 1) / totalB;
            points++;
        }
        return new RocCurve(Arrays.copyOf(t, points), Arrays.copyOf(b, points),
                Arrays.copyOf(s, points));
    }

    /** Number of points, including (0, 0) and (1, 1). */
    public int size() {
        return effB.length;
    }

    /** The score threshold of point k (+∞ for k = 0). */
    public double threshold(int k) {
        return thresholds[k];
    }

    public double backgroundEfficiency(int k) {
        return effB[k];
    }

    public double signalEfficiency(int k) {
        return effS[k];
    }

    /** Area under the curve ε_S(ε_B), by the trapezoid rule over all points. */
    public double auc() {
        double area = 0.0;
        for (int k = 1; k < effB.length; k++) {
            area += (effB[k] - effB[k - 1]) * (effS[k] + effS[k - 1]) * 0.5;
        }
        return area;
    }

    /**
     * ε_S at background efficiency {@code backgroundEfficiency}, interpolated linearly between the last
     * point at or below it and the first point above it; where the curve rises vertically at exactly that
     * ε_B, the highest ε_S there (the best signal efficiency that does not exceed the background budget).
     */
    public double signalEfficiencyAt(double backgroundEfficiency) {
        if (!(backgroundEfficiency >= 0.0 && backgroundEfficiency <= 1.0)) {
            throw new IllegalArgumentException("background efficiency must be in [0, 1], got "
                    + backgroundEfficiency);
        }
        int k = 1;
        while (k < effB.length && effB[k] <= backgroundEfficiency) {
            k++;
        }
        if (k == effB.length) {
            return effS[k - 1];
        }
        double f = (backgroundEfficiency - effB[k - 1]) / (effB[k] - effB[k - 1]);
        return effS[k - 1] + f * (effS[k] - effS[k - 1]);
    }

    /** Significance improvement SI = ε_S/√ε_B at the given ε_B &gt; 0. */
    public double significanceImprovementAt(double backgroundEfficiency) {
        if (!(backgroundEfficiency > 0.0)) {
            throw new IllegalArgumentException("SI needs ε_B > 0, got " + backgroundEfficiency);
        }
        return signalEfficiencyAt(backgroundEfficiency) / Math.sqrt(backgroundEfficiency);
    }

    /** E_10: ε_S at 90 % background rejection (ε_B = 0.1). */
    public double e10() {
        return signalEfficiencyAt(0.1);
    }

    /** E_100: ε_S at 99 % background rejection (ε_B = 0.01). */
    public double e100() {
        return signalEfficiencyAt(0.01);
    }
}
