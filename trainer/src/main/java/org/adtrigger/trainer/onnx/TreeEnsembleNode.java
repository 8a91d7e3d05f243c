package org.adtrigger.trainer.onnx;

import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.floatsAttribute;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.intAttribute;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.intsAttribute;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.stringAttribute;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.stringsAttribute;

import java.util.ArrayList;
import java.util.List;
import org.adtrigger.trainer.baseline.DecisionTree;

/**
 * Writes decision trees as one {@code ai.onnx.ml.TreeEnsembleRegressor} node (ML opset 3): flat per-node
 * attribute lists (tree id, node id, tested cell, mode BRANCH_LT / BRANCH_LEQ / LEAF, threshold, true and
 * false child) and one target entry per leaf carrying its value; the output [N, 1] is the SUM or AVERAGE of
 * the trees' leaf values. ONNX Runtime's default build ships this operator.
 */
final class TreeEnsembleNode {
    static final String ML_DOMAIN = "ai.onnx.ml";
    static final long ML_OPSET = 3;

    /** How the trees' values are combined. */
    enum Aggregate { SUM, AVERAGE }

    private TreeEnsembleNode() {
    }

    /** Adds the node on {@code input} and returns its output's name. */
    static String add(OnnxGraphBuilder g, String input, List<DecisionTree> trees, Aggregate aggregate) {
        List<Long> treeIds = new ArrayList<>();
        List<Long> nodeIds = new ArrayList<>();
        List<Long> cells = new ArrayList<>();
        List<String> modes = new ArrayList<>();
        List<Float> thresholds = new ArrayList<>();
        List<Long> trueIds = new ArrayList<>();
        List<Long> falseIds = new ArrayList<>();
        List<Long> leafTrees = new ArrayList<>();
        List<Long> leafNodes = new ArrayList<>();
        List<Float> leafValues = new ArrayList<>();
        for (int t = 0; t < trees.size(); t++) {
            List<DecisionTree.Node> nodes = trees.get(t).nodes();
            for (int n = 0; n < nodes.size(); n++) {
                DecisionTree.Node node = nodes.get(n);
                treeIds.add((long) t);
                nodeIds.add((long) n);
                if (node.isLeaf()) {
                    cells.add(0L);
                    modes.add("LEAF");
                    thresholds.add(0f);
                    trueIds.add(0L);
                    falseIds.add(0L);
                    leafTrees.add((long) t);
                    leafNodes.add((long) n);
                    leafValues.add((float) node.value());
                } else {
                    cells.add((long) node.cell());
                    modes.add(node.lessOrEqual() ? "BRANCH_LEQ" : "BRANCH_LT");
                    thresholds.add(node.threshold());
                    trueIds.add((long) node.trueChild());
                    falseIds.add((long) node.falseChild());
                }
            }
        }
        return g.node(ML_DOMAIN, "TreeEnsembleRegressor", List.of(input),
                intAttribute("n_targets", 1),
                stringAttribute("aggregate_function", aggregate.name()),
                stringAttribute("post_transform", "NONE"),
                intsAttribute("nodes_treeids", longs(treeIds)),
                intsAttribute("nodes_nodeids", longs(nodeIds)),
                intsAttribute("nodes_featureids", longs(cells)),
                stringsAttribute("nodes_modes", modes),
                floatsAttribute("nodes_values", floats(thresholds)),
                intsAttribute("nodes_truenodeids", longs(trueIds)),
                intsAttribute("nodes_falsenodeids", longs(falseIds)),
                intsAttribute("target_treeids", longs(leafTrees)),
                intsAttribute("target_nodeids", longs(leafNodes)),
                intsAttribute("target_ids", new long[leafNodes.size()]),
                floatsAttribute("target_weights", floats(leafValues)));
    }

    private static long[] longs(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).toArray();
    }

    private static float[] floats(List<Float> values) {
        float[] out = new float[values.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = values.get(i);
        }
        return out;
    }
}
