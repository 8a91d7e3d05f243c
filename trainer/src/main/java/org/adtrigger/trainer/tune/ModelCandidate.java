package org.adtrigger.trainer.tune;

import org.adtrigger.trainer.data.BatchSource;
import org.adtrigger.trainer.model.AnomalyModel;
import org.adtrigger.trainer.model.ParameterSnapshot;
import org.adtrigger.trainer.train.Trainer;
import org.adtrigger.trainer.train.TrainingListener;
import org.adtrigger.trainer.train.TrainingOptions;

/**
 * A real model in the search. Each rung runs the ordinary {@link Trainer} for the missing epochs on the same
 * model, whose Adam moments and step count live in the model: a survivor continues its training rather than
 * starting over. The trainer leaves the model at the best epoch of the rung; when that is worse than an
 * earlier rung's best, the earlier parameters come back, so the reported loss and the model always agree.
 */
final class ModelCandidate implements Candidate {
    private final AnomalyModel model;
    private final double learningRate;
    private final Settings settings;
    private int epochsDone;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private ParameterSnapshot best;

    ModelCandidate(AnomalyModel model, double learningRate, Settings settings) {
        this.model = model;
        this.learningRate = learningRate;
        this.settings = settings;
    }

    @Override
    public double trainTo(int totalEpochs) {
        if (totalEpochs <= epochsDone) {
            return bestLoss;
        }
        // the trainer seeds the VAE's noise per call; offsetting by the epochs done keeps rungs from repeating it
        TrainingOptions options = new TrainingOptions(totalEpochs - epochsDone, learningRate, settings.patience(),
                settings.minRelativeImprovement(), settings.seed() + epochsDone);
        double loss;
        try {
            loss = new Trainer(options, TrainingListener.none()).train(model, settings.training(),
                    settings.validation()).bestValidationLoss();
        } catch (IllegalStateException e) {  // the trainer's report of a diverged run
            throw new TrialFailedException(e.getMessage(), e);
        }
        epochsDone = totalEpochs;
        if (loss < bestLoss) {
            bestLoss = loss;
            best = model.snapshot();
        } else if (best != null) {
            model.restore(best);
        }
        return bestLoss;
    }

    /** What every candidate of a search shares. */
    record Settings(BatchSource training, BatchSource validation, int patience, double minRelativeImprovement,
                    long seed) {
    }
}
