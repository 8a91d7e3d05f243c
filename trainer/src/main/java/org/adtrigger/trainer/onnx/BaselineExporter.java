package org.adtrigger.trainer.onnx;

import org.adtrigger.core.io.AtomicOutput;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.intAttribute;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.adtrigger.trainer.baseline.BaselineModel;
import org.adtrigger.trainer.baseline.FeatureHistogram;
import org.adtrigger.trainer.baseline.HistogramOutlierScore;
import org.adtrigger.trainer.baseline.IsolationForest;
import org.adtrigger.trainer.baseline.MetModel;
import org.adtrigger.trainer.baseline.PcaModel;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.proto.OperatorSetIdProto;
import org.adtrigger.trainer.onnx.proto.ValueInfoProto;

/**
 * Writes a baseline as an ONNX file with the autoencoders' interface (input {@code rmm} [N, raw cells], output
 * {@code score}, the card in the metadata), so the stream and {@code evaluate} serve it unchanged:
 * <pre>
 *   met:     Gather(rmm, [0], axis 1)                                                       [N, 1]
 *   pca:     scaled as the autoencoders → Sub(μ) = c → MatMul(V) → Gemm(·, V, transB) → MSE vs c   [N]
 *   iforest: TreeEnsembleRegressor(AVERAGE, leaves = path lengths) = E[h] → Mul(−ln 2 / c(ψ)) → Exp  [N, 1]
 *   hbos:    TreeEnsembleRegressor(SUM, one tree per cell, leaves = −ln height)             [N, 1]
 * </pre>
 */
public final class BaselineExporter {
    private BaselineExporter() {
    }

    public static void export(BaselineModel model, String modelCardJson, Path file) throws IOException {
        AtomicOutput.write(file, toBytes(model, modelCardJson));
    }

    public static byte[] toBytes(BaselineModel model, String modelCardJson) {
        OnnxGraphBuilder g = new OnnxGraphBuilder();
        String input = OnnxExporter.INPUT;
        String score;
        boolean perEventColumn = true;
        boolean treeEnsemble = false;
        if (model instanceof MetModel) {
            score = g.node("Gather", List.of(input, g.int64s("met_cell", new long[] {MetModel.MET_CELL})),
                    intAttribute("axis", 1));
        } else if (model instanceof PcaModel pca) {
            score = pcaScore(g, pca);
            perEventColumn = false;
        } else if (model instanceof IsolationForest forest) {
            String meanPath = TreeEnsembleNode.add(g, input, forest.trees(), TreeEnsembleNode.Aggregate.AVERAGE);
            String exponent = g.node("Mul", List.of(meanPath,
                    g.scalar("minus_ln2_over_c", (float) (-Math.log(2) / forest.normaliser()))));
            score = g.node("Exp", List.of(exponent));
            treeEnsemble = true;
        } else if (model instanceof HistogramOutlierScore hbos) {
            score = TreeEnsembleNode.add(g, input,
                    hbos.histograms().stream().map(FeatureHistogram::toTree).toList(), TreeEnsembleNode.Aggregate.SUM);
            treeEnsemble = true;
        } else {
            throw new IllegalArgumentException("no ONNX encoding for " + model.getClass().getSimpleName());
        }
        g.rename(score, OnnxExporter.SCORE);
        ValueInfoProto output = perEventColumn ? OnnxGraphBuilder.batchedFloat(OnnxExporter.SCORE, 1)
                : OnnxGraphBuilder.batchedFloat(OnnxExporter.SCORE);
        List<OperatorSetIdProto> ml = treeEnsemble ? List.of(OperatorSetIdProto.newBuilder()
                .setDomain(TreeEnsembleNode.ML_DOMAIN).setVersion(TreeEnsembleNode.ML_OPSET).build()) : List.of();
        return OnnxExporter.assemble(g, "adtrigger_" + model.scoreDefinition().toLowerCase(Locale.ROOT),
                List.of(OnnxGraphBuilder.batchedFloat(input, model.rawWidth())), List.of(output), modelCardJson, ml);
    }

    private static String pcaScore(OnnxGraphBuilder g, PcaModel pca) {
        int d = pca.preprocessor().keptWidth();
        String scaled = OnnxExporter.scaledInput(g, pca.preprocessor());
        String centred = g.node("Sub", List.of(scaled, g.floats("pca_mean", new long[] {d}, pca.mean())));
        String axes = g.floats("pca_axes", new long[] {d, pca.axes()}, pca.components());
        String code = g.node("MatMul", List.of(centred, axes));
        String reconstruction = g.node("Gemm", List.of(code, axes), intAttribute("transB", 1));
        return OnnxExporter.reconstructionError(g, reconstruction, centred, ReconstructionError.MSE);
    }
}
