package org.adtrigger.trainer.tune;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.adtrigger.trainer.arch.Activation;
import org.adtrigger.trainer.arch.ModelKind;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * The hyper-parameters a search may choose from. A configuration is symmetric: {@code d} encoder layers
 * (d from {@code depths}, widths from {@code widths}, non-increasing), the bottleneck of width
 * {@code latent}, then the encoder mirrored. Only widths larger than the latent size are used for the encoder
 * layers, so the bottleneck really is the narrowest layer (for a VAE it is the latent dimension).
 *
 * @param depths       numbers of encoder layers before the bottleneck (0 = input→latent→output)
 * @param learningRate Adam learning rates, drawn log-uniformly (random search) or on a log grid (grid search)
 * @param gridRates    how many learning rates a grid search tries, evenly spaced in log between the bounds
 */
public record SearchSpace(List<ModelKind> kinds, List<Integer> depths, List<Integer> widths, List<Integer> latents,
                          List<Activation> activations, Range learningRate, int gridRates, List<Scaling> scalers) {
    /** The space used without {@code --space}; docs/trainer.md "Hyper-parameter search" documents it. */
    public static final SearchSpace DEFAULT = new SearchSpace(List.of(ModelKind.AUTOENCODER), List.of(0, 1, 2),
            List.of(128, 256, 450), List.of(16, 32, 64, 150),
            List.of(Activation.RELU, Activation.TANH, Activation.ELU, Activation.LEAKYRELU),
            new Range(1e-4, 1e-2), 3, List.of(Scaling.MIN_MAX));

    public SearchSpace {
        kinds = nonEmpty("kind", kinds);
        depths = nonEmpty("layers", depths);
        widths = nonEmpty("widths", widths);
        latents = nonEmpty("latent", latents);
        activations = nonEmpty("activation", activations);
        scalers = nonEmpty("scaler", scalers);
        if (depths.stream().anyMatch(d -> d < 0) || widths.stream().anyMatch(w -> w <= 0)
                || latents.stream().anyMatch(l -> l <= 0)) {
            throw new IllegalArgumentException("layers must be non-negative, widths and latent sizes positive");
        }
        if (gridRates <= 0) {
            throw new IllegalArgumentException("lr-grid must be positive, got " + gridRates);
        }
    }

    /** The encoder widths allowed above a bottleneck of {@code latent}. */
    List<Integer> widthsAbove(int latent) {
        return widths.stream().filter(w -> w > latent).distinct().sorted().toList();
    }

    private static <T> List<T> nonEmpty(String key, List<T> values) {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("search space '" + key + "' needs at least one value");
        }
        return List.copyOf(values);
    }

    /** A closed interval of positive numbers, sampled in log space. */
    public record Range(double min, double max) {
        public Range {
            if (!(min > 0) || !(max >= min) || Double.isInfinite(max)) {
                throw new IllegalArgumentException("need 0 < min ≤ max < ∞, got " + min + ":" + max);
            }
        }

        /**
         * The point at fraction {@code u} ∈ [0, 1] of the way from min to max in log space, to three significant
         * digits (kept within the bounds): the leaderboard and the suggested {@code train} command print it so,
         * and the trial must have used exactly the rate that command repeats.
         */
        double logInterpolate(double u) {
            double x = Math.exp(Math.log(min) + u * (Math.log(max) - Math.log(min)));
            double rounded = new BigDecimal(x).round(new MathContext(3)).doubleValue();
            return Math.min(max, Math.max(min, rounded));
        }
    }
}
