package org.adtrigger.trainer.onnx;

import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.core.model.ModelCard;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.floatAttribute;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.intAttribute;
import static org.adtrigger.trainer.onnx.OnnxGraphBuilder.intsAttribute;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.adtrigger.trainer.arch.Activation;
import org.adtrigger.trainer.arch.DenseLayer;
import org.adtrigger.trainer.arch.NetworkLayout;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.LayerWeights;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.onnx.proto.ModelProto;
import org.adtrigger.trainer.onnx.proto.OperatorSetIdProto;
import org.adtrigger.trainer.onnx.proto.StringStringEntryProto;
import org.adtrigger.trainer.onnx.proto.ValueInfoProto;
import org.adtrigger.trainer.preprocess.Preprocessor;

/**
 * Writes a model's scoring path as a self-contained ONNX file (IR version 8, default opset 17):
 * <pre>
 *   rmm [N, rawWidth] raw cells
 *     → Gather(kept cells, axis 1) → Sub(offset) → Mul(1/scale)                    = scaled
 *     → per layer Gemm(W, b) + activation (VAE: encoder, mean head, decoder)       = reconstruction [N, kept]
 *     → Sub(scaled) → Mul(d, d) | Abs → ReduceMean(axes [1])                       = score [N]
 *       (VAE with a score KL weight κ: + κ·KL, KL = ½·L·mean(μ² + e^lnσ² − lnσ² − 1) over L latent cells)
 * </pre>
 * The stream feeds raw cells and reads {@code score}; every constant is a float initializer (the mask int64).
 * The caller's model card JSON is stored under {@link ModelCard#ONNX_METADATA_KEY} in the model's metadata.
 */
public final class OnnxExporter {
    public static final long IR_VERSION = 8;
    public static final long OPSET = 17;
    public static final String INPUT = "rmm";
    public static final String SCORE = "score";
    public static final String RECONSTRUCTION = "reconstruction";
    public static final String PRODUCER = "adtrigger-trainer";

    private OnnxExporter() {
    }

    public static void export(AnomalyModel model, String modelCardJson, Path file) throws IOException {
        AtomicOutput.write(file, toBytes(model, modelCardJson));
    }

    public static byte[] toBytes(AnomalyModel model, String modelCardJson) {
        Preprocessor pre = model.preprocessor();
        NetworkLayout layout = model.layout();
        OnnxGraphBuilder g = new OnnxGraphBuilder();

        String scaled = scaledInput(g, pre);
        String code = denseStack(g, model, scaled, layout.encoder());
        String mean = null;
        if (layout.isVariational()) {
            mean = dense(g, model, code, layout.mean());
        }
        String reconstruction = denseStack(g, model, mean == null ? code : mean, layout.decoder());
        String score = reconstructionError(g, reconstruction, scaled, model.objective().error());
        double klWeight = model.objective().scoreKlWeight();
        if (layout.isVariational() && klWeight > 0) {
            String logVariance = dense(g, model, code, layout.logVariance());
            score = g.node("Add", List.of(score, klTerm(g, mean, logVariance, layout.codeWidth(), klWeight)));
        }
        g.rename(reconstruction, RECONSTRUCTION);
        g.rename(score, SCORE);

        return assemble(g, "adtrigger_" + layout.allLayers().size() + "_layers",
                List.of(OnnxGraphBuilder.batchedFloat(INPUT, pre.rawWidth())),
                List.of(OnnxGraphBuilder.batchedFloat(SCORE),
                        OnnxGraphBuilder.batchedFloat(RECONSTRUCTION, pre.keptWidth())),
                modelCardJson, List.of());
    }

    /**
     * The model file around a finished graph: IR version, the default opset plus {@code extraOpsets}, producer
     * and the model card in the metadata.
     */
    static byte[] assemble(OnnxGraphBuilder g, String graphName, List<ValueInfoProto> inputs,
                           List<ValueInfoProto> outputs, String modelCardJson, List<OperatorSetIdProto> extraOpsets) {
        ModelProto onnx = ModelProto.newBuilder()
                .setIrVersion(IR_VERSION)
                .addOpsetImport(OperatorSetIdProto.newBuilder().setDomain("").setVersion(OPSET))
                .addAllOpsetImport(extraOpsets)
                .setProducerName(PRODUCER)
                .setProducerVersion(producerVersion())
                .setGraph(g.build(graphName, inputs, outputs))
                .addMetadataProps(StringStringEntryProto.newBuilder().setKey(ModelCard.ONNX_METADATA_KEY)
                        .setValue(modelCardJson))
                .build();
        return onnx.toByteArray();
    }

    static String scaledInput(OnnxGraphBuilder g, Preprocessor pre) {
        long[] kept = Arrays.stream(pre.keptCells()).asLongStream().toArray();
        long[] dims = {pre.keptWidth()};
        String gathered = g.node("Gather", List.of(INPUT, g.int64s("kept_cells", kept)), intAttribute("axis", 1));
        String shifted = g.node("Sub", List.of(gathered, g.floats("offset", dims, pre.offset())));
        return g.node("Mul", List.of(shifted, g.floats("inverse_scale", dims, pre.inverseScale())));
    }

    private static String denseStack(OnnxGraphBuilder g, AnomalyModel model, String input, List<DenseLayer> layers) {
        String h = input;
        for (DenseLayer layer : layers) {
            h = dense(g, model, h, layer);
        }
        return h;
    }

    private static String dense(OnnxGraphBuilder g, AnomalyModel model, String input, DenseLayer layer) {
        LayerWeights w = model.weights(layer);
        float[] kernel = new float[layer.inputs() * layer.outputs()];
        for (int i = 0; i < layer.inputs(); i++) {
            System.arraycopy(w.kernel()[i], 0, kernel, i * layer.outputs(), layer.outputs());
        }
        String z = g.node("Gemm", List.of(input,
                g.floats(layer.weightName(), new long[] {layer.inputs(), layer.outputs()}, kernel),
                g.floats(layer.biasName(), new long[] {layer.outputs()}, w.bias())));
        List<String> in = List.of(z);
        return switch (layer.activation()) {
            case LINEAR -> z;
            case RELU -> g.node("Relu", in);
            case TANH -> g.node("Tanh", in);
            case SIGMOID -> g.node("Sigmoid", in);
            case LEAKYRELU -> g.node("LeakyRelu", in, floatAttribute("alpha", (float) Activation.LEAKY_RELU_ALPHA));
            case ELU -> g.node("Elu", in, floatAttribute("alpha", (float) Activation.ELU_ALPHA));
        };
    }

    static String reconstructionError(OnnxGraphBuilder g, String reconstruction, String target,
                                              ReconstructionError error) {
        String diff = g.node("Sub", List.of(reconstruction, target));
        String perCell = error == ReconstructionError.MSE ? g.node("Mul", List.of(diff, diff))
                : g.node("Abs", List.of(diff));
        return rowMean(g, perCell);
    }

    /** κ·KL per event, written as a row mean times ½·L·κ because ReduceSum-13 wants its axes as an input. */
    private static String klTerm(OnnxGraphBuilder g, String mean, String logVariance, int latent, double weight) {
        String variance = g.node("Exp", List.of(logVariance));
        String meanSquared = g.node("Mul", List.of(mean, mean));
        String terms = g.node("Sub", List.of(
                g.node("Sub", List.of(g.node("Add", List.of(meanSquared, variance)), logVariance)),
                g.scalar("one", 1f)));
        return g.node("Mul", List.of(rowMean(g, terms), g.scalar("kl_factor", (float) (0.5 * latent * weight))));
    }

    /** Mean over axis 1, dropping it; opset 17's ReduceMean takes the axes as an attribute. */
    private static String rowMean(OnnxGraphBuilder g, String input) {
        return g.node("ReduceMean", List.of(input), intsAttribute("axes", 1), intAttribute("keepdims", 0));
    }

    private static String producerVersion() {
        String version = OnnxExporter.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
