package org.adtrigger.trainer.arch;

import java.util.ArrayList;
import java.util.List;

/**
 * The concrete layers of a network for a given input width. The scoring path of both kinds is
 * encoder → (mean head, VAE only) → decoder; a VAE also has a log-variance head next to the mean head, used by
 * training and by the optional KL term of the score.
 *
 * @param encoder     layers from the (masked, scaled) input to the code; for a VAE, to the last hidden layer
 *                    before the heads (may be empty)
 * @param mean        VAE mean head (linear), or null for an autoencoder
 * @param logVariance VAE log-variance head (linear), or null for an autoencoder
 * @param decoder     layers from the code back to the input width; the last one has the output activation
 */
public record NetworkLayout(List<DenseLayer> encoder, DenseLayer mean, DenseLayer logVariance,
                            List<DenseLayer> decoder) {
    public NetworkLayout {
        encoder = List.copyOf(encoder);
        decoder = List.copyOf(decoder);
        if ((mean == null) != (logVariance == null)) {
            throw new IllegalArgumentException("a VAE needs both a mean and a log-variance head");
        }
        if (decoder.isEmpty()) {
            throw new IllegalArgumentException("the decoder needs at least one layer");
        }
    }

    public boolean isVariational() {
        return mean != null;
    }

    public int inputWidth() {
        return encoder.isEmpty() ? mean.inputs() : encoder.get(0).inputs();
    }

    /** Width of the code: the bottleneck of an autoencoder, the latent dimension of a VAE. */
    public int codeWidth() {
        return decoder.get(0).inputs();
    }

    /** Every layer once, in a fixed order: encoder, heads, decoder. */
    public List<DenseLayer> allLayers() {
        List<DenseLayer> all = new ArrayList<>(encoder);
        if (isVariational()) {
            all.add(mean);
            all.add(logVariance);
        }
        all.addAll(decoder);
        return all;
    }
}
