package org.adtrigger.trainer.model;

/**
 * What the model minimises and what it reports as the anomaly score.
 *
 * <p>Per event, the training loss is the reconstruction error, plus β·KL for a VAE (KL of the encoder's
 * Gaussian from the unit Gaussian, summed over latent dimensions). The score is the reconstruction error of
 * the mean path (decoder applied to the latent mean, no sampling), plus {@code scoreKlWeight}·KL for a VAE;
 * a plain autoencoder ignores both KL weights.
 */
public record Objective(ReconstructionError error, double beta, double scoreKlWeight) {
    public Objective {
        if (!(beta >= 0) || !(scoreKlWeight >= 0)) {
            throw new IllegalArgumentException("KL weights must be non-negative, got β=" + beta
                    + ", score KL weight=" + scoreKlWeight);
        }
    }

    /** Reconstruction error only; β = 1 for a VAE, no KL term in the score. */
    public static Objective of(ReconstructionError error) {
        return new Objective(error, 1.0, 0.0);
    }
}
