package org.adtrigger.trainer.model;

import java.util.List;
import java.util.Random;
import org.adtrigger.trainer.arch.Activation;
import org.adtrigger.trainer.arch.DenseLayer;
import org.adtrigger.trainer.arch.NetworkLayout;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Builds the SameDiff graph of a model: raw rows → mask and scaler (constants) → network → score, plus the
 * weighted training loss. Training and scoring share one graph, so the preprocessing a model was trained with
 * is the one it scores with, and the same path is what the ONNX exporter writes.
 *
 * <p>Weights are initialised here from a {@link Random} seeded by the caller (Glorot-uniform kernels, zero
 * biases), layer by layer in {@link NetworkLayout#allLayers()} order, so a seed fixes the initial model.
 */
final class SameDiffGraphBuilder {
    private final SameDiff sd = SameDiff.create();
    private final NetworkLayout layout;
    private final Objective objective;

    private SameDiffGraphBuilder(NetworkLayout layout, Objective objective) {
        this.layout = layout;
        this.objective = objective;
    }

    static SameDiff build(NetworkLayout layout, Preprocessor preprocessor, Objective objective, long seed) {
        return new SameDiffGraphBuilder(layout, objective).build(preprocessor, new Random(seed));
    }

    private SameDiff build(Preprocessor preprocessor, Random init) {
        for (DenseLayer layer : layout.allLayers()) {
            float limit = (float) Math.sqrt(6.0 / (layer.inputs() + layer.outputs()));
            float[] kernel = new float[layer.inputs() * layer.outputs()];
            for (int i = 0; i < kernel.length; i++) {
                kernel[i] = (2 * init.nextFloat() - 1) * limit;
            }
            sd.var(layer.weightName(), Nd4j.create(kernel, new long[] {layer.inputs(), layer.outputs()}, 'c'));
            sd.var(layer.biasName(), Nd4j.zeros(DataType.FLOAT, layer.outputs()));
        }

        SDVariable raw = sd.placeHolder(GraphNames.RAW, DataType.FLOAT, -1, preprocessor.rawWidth());
        SDVariable weight = sd.placeHolder(GraphNames.WEIGHT, DataType.FLOAT, -1);
        SDVariable lossNorm = sd.placeHolder(GraphNames.LOSS_NORM, DataType.FLOAT);
        SDVariable kept = sd.gather(raw, preprocessor.keptCells(), 1);
        SDVariable scaled = kept.sub(sd.constant("offset", Nd4j.createFromArray(preprocessor.offset())))
                .mul(GraphNames.SCALED, sd.constant("inverseScale", Nd4j.createFromArray(preprocessor.inverseScale())));

        SDVariable encoded = stack(scaled, layout.encoder());
        SDVariable eventLoss;
        if (layout.isVariational()) {
            SDVariable mean = dense(encoded, layout.mean());
            SDVariable logVariance = dense(encoded, layout.logVariance());
            SDVariable kl = klDivergence(mean, logVariance);
            SDVariable meanPath = stack(mean, layout.decoder());
            SDVariable score = reconstructionError(meanPath, scaled);
            if (objective.scoreKlWeight() > 0) {
                score = score.add(kl.mul(objective.scoreKlWeight()));
            }
            score.rename(GraphNames.SCORE);
            meanPath.rename(GraphNames.RECONSTRUCTION);

            SDVariable epsilon = sd.placeHolder(GraphNames.EPSILON, DataType.FLOAT, -1, layout.codeWidth());
            SDVariable sample = mean.add(sd.math.exp(logVariance.mul(0.5)).mul(epsilon));
            eventLoss = reconstructionError(stack(sample, layout.decoder()), scaled).add(kl.mul(objective.beta()));
        } else {
            SDVariable reconstruction = stack(encoded, layout.decoder());
            SDVariable score = reconstructionError(reconstruction, scaled);
            reconstruction.rename(GraphNames.RECONSTRUCTION);
            score.rename(GraphNames.SCORE);
            eventLoss = score;
        }
        eventLoss = sd.identity(GraphNames.EVENT_LOSS, eventLoss);
        sd.sum(weight.mul(eventLoss)).div(GraphNames.LOSS, lossNorm);
        sd.setLossVariables(GraphNames.LOSS);
        return sd;
    }

    private SDVariable stack(SDVariable input, List<DenseLayer> layers) {
        SDVariable h = input;
        for (DenseLayer layer : layers) {
            h = dense(h, layer);
        }
        return h;
    }

    private SDVariable dense(SDVariable input, DenseLayer layer) {
        SDVariable z = sd.nn.linear(input, sd.getVariable(layer.weightName()), sd.getVariable(layer.biasName()));
        return activate(z, layer.activation());
    }

    private SDVariable activate(SDVariable z, Activation activation) {
        return switch (activation) {
            case RELU -> sd.nn.relu(z, 0);
            case TANH -> sd.nn.tanh(z);
            case SIGMOID -> sd.nn.sigmoid(z);
            case LEAKYRELU -> sd.nn.leakyRelu(z, Activation.LEAKY_RELU_ALPHA);
            case ELU -> sd.nn.elu(z);
            case LINEAR -> z;
        };
    }

    /** Per-event error [n], averaged over kept cells. */
    private SDVariable reconstructionError(SDVariable reconstruction, SDVariable target) {
        SDVariable diff = reconstruction.sub(target);
        SDVariable perCell = objective.error() == ReconstructionError.MSE ? sd.math.square(diff) : sd.math.abs(diff);
        return sd.mean(perCell, 1);
    }

    /** KL(N(μ, σ²) ‖ N(0, 1)) per event = ½ Σ (μ² + σ² − ln σ² − 1). */
    private SDVariable klDivergence(SDVariable mean, SDVariable logVariance) {
        SDVariable terms = sd.math.square(mean).add(sd.math.exp(logVariance)).sub(logVariance).sub(1.0);
        return sd.sum(terms, 1).mul(0.5);
    }
}
