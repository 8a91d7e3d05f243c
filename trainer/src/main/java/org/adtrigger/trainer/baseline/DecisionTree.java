package org.adtrigger.trainer.baseline;

import java.util.ArrayList;
import java.util.List;

/**
 * A binary tree over the raw RMM cells with a number at each leaf, in the form ONNX's
 * {@code ai.onnx.ml.TreeEnsembleRegressor} takes it: nodes numbered from 0 (the root), each branch
 * testing one cell against a float threshold ({@code x < t}, or {@code x ≤ t} where {@link #lessOrEqual}
 * says so) and going to its true child when the test holds. Isolation trees and HBOS histograms are
 * exported as such trees; comparing in float here keeps the Java and ONNX Runtime decisions identical.
 */
public final class DecisionTree {
    private static final int LEAF = -1;

    private final List<Node> nodes = new ArrayList<>();

    /** One node: a branch (cell ≥ 0) or a leaf (cell −1, value set). */
    public record Node(int cell, float threshold, boolean lessOrEqual, int trueChild, int falseChild, double value) {
        public boolean isLeaf() {
            return cell == LEAF;
        }
    }

    /** Adds a leaf and returns its index. */
    public int leaf(double value) {
        nodes.add(new Node(LEAF, 0f, false, -1, -1, value));
        return nodes.size() - 1;
    }

    /**
     * Reserves a branch whose children are added later (children must be added after their parent so the
     * root stays node 0); {@link #setBranch} fills it in.
     */
    public int reserveBranch() {
        nodes.add(null);
        return nodes.size() - 1;
    }

    public void setBranch(int index, int cell, float threshold, boolean lessOrEqual, int trueChild, int falseChild) {
        if (cell < 0) {
            throw new IllegalArgumentException("a branch tests a cell index ≥ 0, got " + cell);
        }
        nodes.set(index, new Node(cell, threshold, lessOrEqual, trueChild, falseChild, 0));
    }

    public List<Node> nodes() {
        if (nodes.contains(null)) {
            throw new IllegalStateException("a reserved branch was never set");
        }
        return List.copyOf(nodes);
    }

    /** The leaf value the row reaches. */
    public double evaluate(float[] row) {
        Node node = nodes.get(0);
        while (!node.isLeaf()) {
            float x = row[node.cell()];
            boolean goesTrue = node.lessOrEqual() ? x <= node.threshold() : x < node.threshold();
            node = nodes.get(goesTrue ? node.trueChild() : node.falseChild());
        }
        return node.value();
    }
}
