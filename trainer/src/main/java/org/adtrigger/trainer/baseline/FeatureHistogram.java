package org.adtrigger.trainer.baseline;

/**
 * One cell's static-bin histogram for HBOS: B equal-width bins over the cell's training range [min, max], edges
 * rounded to float so that the Java reference and the exported tree put a value into the same bin. Bin b
 * holds e_b ≤ x &lt; e_{b+1}, the last bin also x = max. Heights are the weighted bin contents divided by the
 * largest (so the fullest bin is 1); bins whose weight is ≤ 0 (empty, or negative MC weights dominating)
 * count as empty. A value in an empty bin or outside the range gets the floor height: half the lowest
 * non-empty height, so it is always rarer than anything seen in training.
 */
public final class FeatureHistogram {
    private final int cell;
    private final float[] edges;
    private final double[] heights;
    private final double floor;

    private FeatureHistogram(int cell, float[] edges, double[] heights, double floor) {
        this.cell = cell;
        this.edges = edges;
        this.heights = heights;
        this.floor = floor;
    }

    /** The B + 1 bin edges of a range, e_0 = min and e_B = max exactly. */
    static float[] edges(float min, float max, int bins) {
        if (!(min < max) || bins < 1) {
            throw new IllegalArgumentException("a histogram needs min < max and ≥ 1 bin, got [" + min + ", " + max
                    + "] and " + bins);
        }
        float[] edges = new float[bins + 1];
        for (int j = 0; j < bins; j++) {
            edges[j] = (float) (min + j * ((double) max - min) / bins);
        }
        edges[0] = min;
        edges[bins] = max;
        return edges;
    }

    /** The bin of x among {@code edges}, or −1 outside [e_0, e_B]. */
    static int bin(float[] edges, float x) {
        int bins = edges.length - 1;
        if (x < edges[0] || x > edges[bins] || Float.isNaN(x)) {
            return -1;
        }
        // the number of inner edges e_1..e_{B-1} that are ≤ x
        int lo = 1;
        int hi = bins;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (edges[mid] <= x) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo - 1;
    }

    /**
     * @param binWeights Σw of the training events in each bin
     * @throws IllegalArgumentException when no bin has positive weight
     */
    static FeatureHistogram of(int cell, float[] edges, double[] binWeights) {
        if (binWeights.length != edges.length - 1) {
            throw new IllegalArgumentException(binWeights.length + " bin weights for " + (edges.length - 1) + " bins");
        }
        double largest = 0;
        for (double w : binWeights) {
            largest = Math.max(largest, w);
        }
        if (!(largest > 0)) {
            throw new IllegalArgumentException("cell " + cell + ": no bin has positive weight");
        }
        double[] heights = new double[binWeights.length];
        double lowest = 1;
        for (int b = 0; b < heights.length; b++) {
            heights[b] = Math.max(0, binWeights[b]) / largest;
            if (heights[b] > 0) {
                lowest = Math.min(lowest, heights[b]);
            }
        }
        return new FeatureHistogram(cell, edges.clone(), heights, lowest / 2);
    }

    public int cell() {
        return cell;
    }

    public int bins() {
        return heights.length;
    }

    public float[] edges() {
        return edges.clone();
    }

    /** Height of a bin, in (0, 1], or 0 when empty. */
    public double height(int bin) {
        return heights[bin];
    }

    public double floor() {
        return floor;
    }

    /** −ln(height) of the bin x falls in, the floor for an empty bin or a value outside the range. */
    public double contribution(float x) {
        int b = bin(edges, x);
        return contributionOfBin(b);
    }

    private double contributionOfBin(int b) {
        double h = b < 0 || heights[b] == 0 ? floor : heights[b];
        return -Math.log(h);
    }

    /**
     * The same lookup as a decision tree: x &lt; e_0 → out of range; x ≤ e_B → a balanced search over the
     * inner edges (x &lt; e_mid: lower bins); else out of range. Leaves hold the contributions.
     */
    public DecisionTree toTree() {
        DecisionTree tree = new DecisionTree();
        int root = tree.reserveBranch();
        int below = tree.leaf(contributionOfBin(-1));
        int inRange = tree.reserveBranch();
        tree.setBranch(root, cell, edges[0], false, below, inRange);
        int bins = binTree(tree, 0, heights.length - 1);
        int above = tree.leaf(contributionOfBin(-1));
        tree.setBranch(inRange, cell, edges[heights.length], true, bins, above);
        return tree;
    }

    private int binTree(DecisionTree tree, int first, int last) {
        if (first == last) {
            return tree.leaf(contributionOfBin(first));
        }
        int mid = (first + last + 1) >>> 1;
        int branch = tree.reserveBranch();
        int lower = binTree(tree, first, mid - 1);
        int upper = binTree(tree, mid, last);
        tree.setBranch(branch, cell, edges[mid], false, lower, upper);
        return branch;
    }
}
