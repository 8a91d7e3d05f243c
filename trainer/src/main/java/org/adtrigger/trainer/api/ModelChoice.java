package org.adtrigger.trainer.api;

import org.adtrigger.trainer.arch.ArchitectureSpec;
import org.adtrigger.trainer.arch.Architectures;
import org.adtrigger.trainer.baseline.BaselineMethod;
import org.adtrigger.trainer.baseline.BaselineOptions;
import org.adtrigger.trainer.model.Objective;
import org.adtrigger.trainer.model.ReconstructionError;
import org.adtrigger.trainer.preprocess.Scaling;
import org.adtrigger.trainer.train.TrainingOptions;

/** What a training run makes: an autoencoder trained by epochs, or a baseline fitted in one pass. */
public sealed interface ModelChoice {
    /** Adam learning rate of {@code train}'s default. */
    double DEFAULT_LEARNING_RATE = 1e-3;
    /** Epochs without improvement before {@code train} stops, by default. */
    int DEFAULT_PATIENCE = 3;
    /** Relative validation-loss gain below which an epoch does not count as an improvement. */
    double MIN_RELATIVE_IMPROVEMENT = 1e-3;

    /** The seed of the initial weights (autoencoder) or of the sampling (baseline), recorded in the card. */
    long seed();

    /**
     * @param name         the architecture as the user named it (ae-small, 24:tanh), shown in the card
     * @param architecture the parsed architecture
     */
    record Autoencoder(String name, ArchitectureSpec architecture, Scaling scaling, Objective objective,
                       TrainingOptions training) implements ModelChoice {
        @Override
        public long seed() {
            return training.seed();
        }
    }

    record Baseline(BaselineMethod method, BaselineOptions options) implements ModelChoice {
        @Override
        public long seed() {
            return options.seed();
        }
    }

    /**
     * A {@code train --model} value with {@code train}'s defaults for every other model option.
     *
     * @throws IllegalArgumentException when {@code name} is neither a baseline nor an architecture
     */
    static ModelChoice withDefaults(String name, int maxEpochs, long seed) {
        return BaselineMethod.byName(name).<ModelChoice>map(method -> new Baseline(method, new BaselineOptions(
                        Scaling.MIN_MAX, BaselineOptions.DEFAULT_PCA_VARIANCE, null, BaselineOptions.DEFAULT_TREES,
                        BaselineOptions.DEFAULT_SUBSAMPLE, seed, null)))
                .orElseGet(() -> new Autoencoder(name, Architectures.parse(name), Scaling.MIN_MAX,
                        Objective.of(ReconstructionError.MSE), new TrainingOptions(maxEpochs, DEFAULT_LEARNING_RATE,
                        DEFAULT_PATIENCE, MIN_RELATIVE_IMPROVEMENT, seed)));
    }
}
