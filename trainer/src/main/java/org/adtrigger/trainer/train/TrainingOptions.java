package org.adtrigger.trainer.train;

/**
 * Settings of a training run.
 *
 * @param maxEpochs              upper bound on passes over the training source
 * @param learningRate           Adam step size
 * @param patience               epochs without improvement of the validation loss before stopping
 * @param minRelativeImprovement an epoch improves only if its validation loss is below
 *                               best·(1 − minRelativeImprovement), so noise-level gains do not reset patience
 * @param seed                   seeds the VAE's sampling noise (the initial weights have their own seed)
 */
public record TrainingOptions(int maxEpochs, double learningRate, int patience, double minRelativeImprovement,
                              long seed) {
    public TrainingOptions {
        if (maxEpochs <= 0 || patience <= 0) {
            throw new IllegalArgumentException("maxEpochs and patience must be positive");
        }
        if (!(learningRate > 0) || !(minRelativeImprovement >= 0 && minRelativeImprovement < 1)) {
            throw new IllegalArgumentException("learning rate must be positive and the minimum relative"
                    + " improvement in [0, 1)");
        }
    }
}
