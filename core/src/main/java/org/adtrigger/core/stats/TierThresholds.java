package org.adtrigger.core.stats;

import org.adtrigger.core.model.ModelCard;

/**
 * Anomaly tiers from the weighted median m of the background score distribution (validation split,
 * background only: signal must not enter, or the thresholds leak it). On the chosen {@link ScoreScale},
 * t_i = m + i·|m|/5 for i = 1 to {@link ModelCard#TIERS}, converted to score units for the card, where
 * {@link ModelCard.Thresholds#tierOf} gives an event's tier. For m &gt; 0 (always the case on {@link ScoreScale#SCORE}) this is the design's
 * m + i·m/5 = 1.2m, 1.4m, 1.6m. The |m| matters on {@link ScoreScale#LOG_SCORE}, where scores below 1 give a
 * negative log-median: with m itself the "thresholds" would fall below the median and tier 1 would hold most
 * of the background; with |m| they rise above it, at score = e^m·e^{i|m|/5}.
 *
 * @param scale  the scale m and the thresholds live on
 * @param median the weighted background median on that scale, non-zero
 */
public record TierThresholds(ScoreScale scale, double median) {

    public TierThresholds {
        if (!Double.isFinite(median) || median == 0.0) {
            throw new IllegalArgumentException("tier thresholds need a finite non-zero median, got " + median);
        }
    }

    /**
     * Thresholds from the background scores and their weights.
     *
     * @throws IllegalArgumentException on {@link ScoreScale#LOG_SCORE} with a score ≤ 0, or when the median
     *                                  is 0 (tiers would be degenerate)
     */
    public static TierThresholds fromBackground(double[] scores, double[] weights, ScoreScale scale) {
        double[] scaled = new double[scores.length];
        for (int i = 0; i < scores.length; i++) {
            if (scale == ScoreScale.LOG_SCORE && !(scores[i] > 0.0)) {
                throw new IllegalArgumentException("log-score tiers need positive scores; entry " + i
                        + " is " + scores[i]);
            }
            scaled[i] = scale.apply(scores[i]);
        }
        return new TierThresholds(scale, WeightedSample.of(scaled, weights).median());
    }

    /** Threshold t_i on the record's scale, i in 1..{@link ModelCard#TIERS}. */
    public double threshold(int i) {
        if (i < 1 || i > ModelCard.TIERS) {
            throw new IllegalArgumentException("tier must be 1.." + ModelCard.TIERS + ", got " + i);
        }
        return median + i * Math.abs(median) / 5.0;
    }

    /** Threshold t_i converted back to score units (e^{t_i} on the log scale). */
    public double scoreThreshold(int i) {
        return scale.invert(threshold(i));
    }
}
