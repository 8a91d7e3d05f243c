package org.adtrigger.trainer.baseline;

import java.util.List;
import java.util.Locale;

/**
 * A fitted Isolation Forest (Liu, Ting &amp; Zhou 2008): each tree's leaves hold the path length h = depth +
 * c(size) of the points that end there, and the score is s = 2^(−E[h]/c(ψ)), E[h] the mean over the trees and
 * ψ the subsample size; s near 1 is anomalous, well below ½ normal.
 *
 * @param trees             the isolation trees (leaf values = path lengths)
 * @param subsampleSize     ψ, the points each tree was grown from
 * @param heightLimit       the depth at which growth stopped, ⌈log₂ ψ⌉
 * @param seed              seed of the sampling and the splits
 */
public record IsolationForest(int rawWidth, int[] keptCells, List<DecisionTree> trees, int subsampleSize,
                              int heightLimit, long seed) implements BaselineModel {
    public IsolationForest {
        if (trees.isEmpty()) {
            throw new IllegalArgumentException("an isolation forest needs at least one tree");
        }
        if (subsampleSize < 2) {
            throw new IllegalArgumentException("an isolation forest needs a subsample of at least 2 events, got "
                    + subsampleSize);
        }
        keptCells = keptCells.clone();
        trees = List.copyOf(trees);
    }

    /** c(ψ), the path length the mean is normalised by. */
    public double normaliser() {
        return AveragePathLength.of(subsampleSize);
    }

    /** E[h(x)], the path length averaged over the trees. */
    public double meanPathLength(float[] rawRow) {
        double sum = 0;
        for (DecisionTree tree : trees) {
            sum += tree.evaluate(rawRow);
        }
        return sum / trees.size();
    }

    @Override
    public double score(float[] rawRow) {
        return Math.pow(2, -meanPathLength(rawRow) / normaliser());
    }

    @Override
    public int[] keptCells() {
        return keptCells.clone();
    }

    @Override
    public String description() {
        return String.format(Locale.ROOT, "iforest (%d trees, subsample %d, height limit %d, seed %d)",
                trees.size(), subsampleSize, heightLimit, seed);
    }

    @Override
    public String scoreDefinition() {
        return "IFOREST";
    }

    @Override
    public String scaler() {
        return "NONE";
    }
}
