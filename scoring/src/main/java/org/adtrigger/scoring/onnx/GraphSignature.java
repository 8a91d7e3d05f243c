package org.adtrigger.scoring.onnx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import ai.onnxruntime.NodeInfo;
import ai.onnxruntime.OnnxJavaType;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;

/**
 * The parts of an ONNX graph's interface the scorer relies on: one float input of shape [batch, width]
 * with a dynamic batch, and a float score output of shape [batch] or [batch, 1].
 *
 * @param inputName   name of the graph's input
 * @param inputWidth  cells per event the input takes, or −1 when the graph does not fix it
 * @param outputName  name of the score output (from the model card)
 * @param outputRank  1 or 2 (rank 2 means a trailing dimension of 1)
 * @param problems    what does not fit, each as "item: what disagrees"; empty when the graph can be served
 */
record GraphSignature(String inputName, long inputWidth, String outputName, int outputRank, List<String> problems) {

    static GraphSignature inspect(OrtSession session, String scoreOutput) throws OrtException {
        List<String> problems = new ArrayList<>();
        Map<String, NodeInfo> inputs = session.getInputInfo();
        if (inputs.size() != 1) {
            problems.add("input: expected one input, graph has " + inputs.keySet());
        }
        String inputName = inputs.isEmpty() ? null : inputs.keySet().iterator().next();
        long width = -1;
        long[] inShape = inputName == null ? null : floatShape(inputs.get(inputName), "input " + inputName, problems);
        if (inShape != null) {
            if (inShape.length != 2) {
                problems.add("input: " + inputName + " must have shape [batch, width], has " + Arrays.toString(inShape));
            } else {
                width = inShape[1];
                requireDynamicBatch(inShape, "input " + inputName, problems);
                if (width <= 0) {
                    problems.add("input width: " + inputName + " has no fixed width " + Arrays.toString(inShape));
                }
            }
        }
        int outputRank = 0;
        Map<String, NodeInfo> outputs = session.getOutputInfo();
        if (scoreOutput == null || !outputs.containsKey(scoreOutput)) {
            problems.add("score output: card names '" + scoreOutput + "', graph outputs " + outputs.keySet());
        } else {
            long[] outShape = floatShape(outputs.get(scoreOutput), "score output " + scoreOutput, problems);
            if (outShape != null) {
                boolean perEvent = outShape.length == 1 || (outShape.length == 2 && outShape[1] == 1);
                if (!perEvent) {
                    problems.add("score output: " + scoreOutput + " must have shape [batch] or [batch, 1], has "
                            + Arrays.toString(outShape));
                } else {
                    outputRank = outShape.length;
                    requireDynamicBatch(outShape, "score output " + scoreOutput, problems);
                }
            }
        }
        return new GraphSignature(inputName, width, scoreOutput, outputRank, List.copyOf(problems));
    }

    /** The output shape for a batch of n events. */
    long[] outputShape(int n) {
        return outputRank == 1 ? new long[] {n} : new long[] {n, 1};
    }

    private static long[] floatShape(NodeInfo node, String what, List<String> problems) {
        if (!(node.getInfo() instanceof TensorInfo tensor) || tensor.type != OnnxJavaType.FLOAT) {
            problems.add(what + ": must be a float tensor, is " + node.getInfo());
            return null;
        }
        return tensor.getShape();
    }

    private static void requireDynamicBatch(long[] shape, String what, List<String> problems) {
        if (shape[0] > 0) {
            problems.add(what + ": batch dimension is fixed at " + shape[0] + "; export with a dynamic batch");
        }
    }
}
