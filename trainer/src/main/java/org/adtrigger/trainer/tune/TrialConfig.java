package org.adtrigger.trainer.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.adtrigger.trainer.arch.Activation;
import org.adtrigger.trainer.arch.ArchitectureSpec;
import org.adtrigger.trainer.arch.ModelKind;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * One point of a {@link SearchSpace}.
 *
 * @param encoder encoder widths before the bottleneck, non-increasing; the decoder mirrors them
 */
public record TrialConfig(ModelKind kind, List<Integer> encoder, int latent, Activation activation,
                          double learningRate, Scaling scaling) {
    public TrialConfig {
        encoder = List.copyOf(encoder);
    }

    public ArchitectureSpec architecture() {
        List<Integer> hidden = new ArrayList<>(encoder);
        hidden.add(latent);
        List<Integer> decoder = new ArrayList<>(encoder);
        Collections.reverse(decoder);
        hidden.addAll(decoder);
        return new ArchitectureSpec(kind, hidden, activation, Activation.LINEAR);
    }

    /** The architecture as {@code train --model} accepts it. */
    public String spec() {
        return architecture().toSpecString();
    }

    /** The {@code train} options that reproduce this configuration. */
    public String trainArguments() {
        return String.format(Locale.ROOT, "--model %s --lr %.3g --scaler %s", spec(), learningRate, scalerName());
    }

    public String scalerName() {
        return scaling.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
