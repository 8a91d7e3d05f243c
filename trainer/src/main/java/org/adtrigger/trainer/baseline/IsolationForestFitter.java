package org.adtrigger.trainer.baseline;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.data.BatchSource;

/**
 * Grows an {@link IsolationForest}: one pass draws each tree's subsample of ψ events with probability ∝ MC
 * weight (events of weight ≤ 0 are never drawn), then each tree splits its subsample recursively until a node
 * holds one point or reaches the height limit ⌈log₂ ψ⌉. A split picks a cell uniformly among those not
 * constant on the node's points (Liu et al. pick among all attributes; a constant one cannot split, and most
 * RMM cells are constant on small nodes) and a threshold p uniformly in [min, max) of that cell: x &lt; p goes
 * left. Deterministic for a seed and the order of the events.
 */
public final class IsolationForestFitter {
    private final int[] keptCells;
    private final int rawWidth;
    private final int trees;
    private final int subsample;
    private final long seed;

    /**
     * @param keptCells cells a split may test (the others are constant in training)
     * @param trees     number of trees t
     * @param subsample events per tree ψ (fewer when the training split has fewer)
     */
    public IsolationForestFitter(int[] keptCells, int rawWidth, int trees, int subsample, long seed) {
        if (trees < 1 || subsample < 2) {
            throw new IllegalArgumentException("an isolation forest needs ≥ 1 tree and a subsample of ≥ 2 events,"
                    + " got " + trees + " and " + subsample);
        }
        this.keptCells = keptCells.clone();
        this.rawWidth = rawWidth;
        this.trees = trees;
        this.subsample = subsample;
        this.seed = seed;
    }

    public IsolationForest fit(BatchSource training) {
        SplittableRandom root = new SplittableRandom(seed);
        List<WeightedReservoir<float[]>> reservoirs = new ArrayList<>(trees);
        for (int t = 0; t < trees; t++) {
            reservoirs.add(new WeightedReservoir<>(subsample, root.split()));
        }
        try (Stream<Batch> batches = training.batches()) {
            for (Iterator<Batch> it = batches.iterator(); it.hasNext(); ) {
                Batch batch = it.next();
                for (int e = 0; e < batch.size(); e++) {
                    float[] compact = compact(batch.rows()[e]);
                    for (WeightedReservoir<float[]> reservoir : reservoirs) {
                        reservoir.offer(compact, batch.weights()[e]);
                    }
                }
            }
        }
        List<DecisionTree> grown = new ArrayList<>(trees);
        int size = reservoirs.get(0).sample().size();
        if (size < 2) {
            throw new IllegalStateException("an isolation forest needs at least 2 training events of positive "
                    + "weight, found " + size);
        }
        int heightLimit = ceilLog2(size);
        for (WeightedReservoir<float[]> reservoir : reservoirs) {
            DecisionTree tree = new DecisionTree();
            grow(tree, reservoir.sample(), 0, heightLimit, root.split());
            grown.add(tree);
        }
        return new IsolationForest(rawWidth, keptCells, grown, size, heightLimit, seed);
    }

    /** ⌈log₂ n⌉ for n ≥ 1, in integers (the floating-point ratio of logarithms can land just above 8 for 256). */
    static int ceilLog2(int n) {
        return 32 - Integer.numberOfLeadingZeros(n - 1);
    }

    private float[] compact(float[] row) {
        float[] compact = new float[keptCells.length];
        for (int k = 0; k < keptCells.length; k++) {
            compact[k] = row[keptCells[k]];
        }
        return compact;
    }

    /** Adds the subtree of {@code points} (compact rows) and returns its root's index. */
    private int grow(DecisionTree tree, List<float[]> points, int depth, int heightLimit, SplittableRandom random) {
        if (depth >= heightLimit || points.size() <= 1) {
            return tree.leaf(depth + AveragePathLength.of(points.size()));
        }
        int width = keptCells.length;
        float[] min = points.get(0).clone();
        float[] max = points.get(0).clone();
        for (float[] p : points) {
            for (int k = 0; k < width; k++) {
                min[k] = Math.min(min[k], p[k]);
                max[k] = Math.max(max[k], p[k]);
            }
        }
        int[] splittable = new int[width];
        int count = 0;
        for (int k = 0; k < width; k++) {
            if (min[k] < max[k]) {
                splittable[count++] = k;
            }
        }
        if (count == 0) {
            return tree.leaf(depth + AveragePathLength.of(points.size()));
        }
        int q = splittable[random.nextInt(count)];
        float p = (float) (min[q] + random.nextDouble() * ((double) max[q] - min[q]));
        if (p <= min[q]) {
            p = Math.nextUp(min[q]);
        }
        List<float[]> left = new ArrayList<>();
        List<float[]> right = new ArrayList<>();
        for (float[] point : points) {
            (point[q] < p ? left : right).add(point);
        }
        int branch = tree.reserveBranch();
        int l = grow(tree, left, depth + 1, heightLimit, random);
        int r = grow(tree, right, depth + 1, heightLimit, random);
        tree.setBranch(branch, keptCells[q], p, false, l, r);
        return branch;
    }
}
