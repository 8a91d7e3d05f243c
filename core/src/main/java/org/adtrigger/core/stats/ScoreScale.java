package org.adtrigger.core.stats;

/** The scale on which tier thresholds are computed and applied. */
public enum ScoreScale {
    /** The score itself. */
    SCORE,
    /**
     * The natural logarithm of the score: the median is taken of ln(score) over the background, the tier
     * thresholds are built from it, and an event's ln(score) is compared with them. Needs positive scores;
     * a score ≤ 0 maps to −∞ or NaN and so never passes a threshold.
     */
    LOG_SCORE;

    /** The score on this scale. */
    public double apply(double score) {
        return this == SCORE ? score : Math.log(score);
    }

    /** Back from this scale to the score. */
    public double invert(double value) {
        return this == SCORE ? value : Math.exp(value);
    }
}
