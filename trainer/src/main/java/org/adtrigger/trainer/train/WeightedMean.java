package org.adtrigger.trainer.train;

/** Accumulates Σ w·x and Σ w. */
public final class WeightedMean {
    private double weightedSum;
    private double weightSum;

    public void add(double value, double weight) {
        weightedSum += weight * value;
        weightSum += weight;
    }

    /** Adds a batch whose Σ w·x is already known. */
    void addSums(double batchWeightedSum, double batchWeightSum) {
        weightedSum += batchWeightedSum;
        weightSum += batchWeightSum;
    }

    /** Σ w·x / Σ w; fails when the total weight is not positive, where the mean means nothing. */
    public double mean(String what) {
        if (!(weightSum > 0)) {
            throw new IllegalStateException("the total weight of the " + what + " events is " + weightSum
                    + "; a weighted mean needs it positive");
        }
        return weightedSum / weightSum;
    }
}
