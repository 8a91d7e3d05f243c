package org.adtrigger.trainer.model;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.adtrigger.trainer.arch.ArchitectureSpec;
import org.adtrigger.trainer.arch.DenseLayer;
import org.adtrigger.trainer.arch.NetworkLayout;
import org.adtrigger.trainer.data.Batch;
import org.adtrigger.trainer.preprocess.Preprocessor;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.nd4j.autodiff.samediff.api.OutAndGrad;
import org.nd4j.autodiff.samediff.VariableType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * An autoencoder or VAE with its preprocessing, held as a SameDiff graph: the unit that is trained, scored and
 * exported. Not thread-safe.
 */
public final class AnomalyModel {
    private final ArchitectureSpec architecture;
    private final NetworkLayout layout;
    private final Preprocessor preprocessor;
    private final Objective objective;
    private final SameDiff sd;
    private final BatchFeeder feeder;
    private final AdamOptimizer optimizer = new AdamOptimizer();

    private AnomalyModel(ArchitectureSpec architecture, Preprocessor preprocessor, Objective objective, SameDiff sd) {
        this.architecture = architecture;
        this.layout = architecture.layout(preprocessor.keptWidth());
        this.preprocessor = preprocessor;
        this.objective = objective;
        this.sd = sd;
        this.feeder = new BatchFeeder(preprocessor.rawWidth(), layout.codeWidth(), layout.isVariational());
    }

    /** A freshly initialised model; the same seed gives the same initial weights. */
    public static AnomalyModel create(ArchitectureSpec architecture, Preprocessor preprocessor, Objective objective,
                                      long seed) {
        NetworkLayout layout = architecture.layout(preprocessor.keptWidth());
        return new AnomalyModel(architecture, preprocessor, objective,
                SameDiffGraphBuilder.build(layout, preprocessor, objective, seed));
    }

    public ArchitectureSpec architecture() {
        return architecture;
    }

    public NetworkLayout layout() {
        return layout;
    }

    public Preprocessor preprocessor() {
        return preprocessor;
    }

    public Objective objective() {
        return objective;
    }

    /** Scores and mean-path reconstructions of raw rows. */
    public ScoredBatch score(float[][] rows) {
        Map<String, INDArray> out = sd.output(feeder.meanPath(rows), GraphNames.SCORE, GraphNames.RECONSTRUCTION);
        return new ScoredBatch(out.get(GraphNames.SCORE).toFloatVector(),
                out.get(GraphNames.RECONSTRUCTION).toFloatMatrix());
    }

    /**
     * The per-event training objective on the mean path: for an autoencoder the score, for a VAE the
     * reconstruction error of the unsampled decoder plus β·KL. Validation uses it so that its loss is
     * deterministic.
     */
    public float[] eventLosses(float[][] rows) {
        return sd.outputSingle(feeder.meanPath(rows), GraphNames.EVENT_LOSS).toFloatVector();
    }

    /**
     * One Adam step on Σ w·ℓ / lossNorm and the value of that loss before the step. The caller chooses the
     * norm (normally the batch's Σw; see the trainer for batches whose Σw is not positive); the VAE's noise
     * comes from {@code noise}, so a seeded generator makes training repeatable.
     */
    public double fit(Batch batch, double lossNorm, double learningRate, Random noise) {
        Map<String, INDArray> parameters = parameters();
        OutAndGrad result = sd.calculateGradientsAndOutputs(feeder.training(batch, lossNorm, noise),
                List.of(GraphNames.LOSS), parameters.keySet());
        optimizer.step(parameters, result.getGradients(), learningRate);
        return result.getOutputs().get(GraphNames.LOSS).getDouble(0);
    }

    /** Trained parameters of one layer of {@link #layout()}. */
    public LayerWeights weights(DenseLayer layer) {
        return new LayerWeights(sd.getArrForVarName(layer.weightName()).toFloatMatrix(),
                sd.getArrForVarName(layer.biasName()).toFloatVector());
    }

    public ParameterSnapshot snapshot() {
        Map<String, INDArray> copy = new HashMap<>();
        parameters().forEach((name, value) -> copy.put(name, value.dup()));
        return new ParameterSnapshot(copy);
    }

    public void restore(ParameterSnapshot snapshot) {
        snapshot.values().forEach((name, value) -> sd.getArrForVarName(name).assign(value));
    }

    /** The trainable arrays by name, live (updating them updates the model). */
    Map<String, INDArray> parameters() {
        Map<String, INDArray> parameters = new HashMap<>();
        for (SDVariable v : sd.variables()) {
            if (v.getVariableType() == VariableType.VARIABLE) {
                parameters.put(v.name(), v.getArr());
            }
        }
        return parameters;
    }

    AdamOptimizer optimizer() {
        return optimizer;
    }

    SameDiff sameDiff() {
        return sd;
    }

    BatchFeeder feeder() {
        return feeder;
    }
}
