package org.adtrigger.trainer.arch;

import java.util.ArrayList;
import java.util.List;

/**
 * A dense autoencoder described independently of its input width: the hidden layer widths and the
 * activations. The input and output width are the masked RMM width, known only after the statistics pass.
 *
 * <p>For an autoencoder the hidden widths are the layers between input and output, e.g. [150] gives
 * input→150→input; the narrowest one (first if tied) is the code. For a VAE the list must have odd length and
 * its middle entry is the latent dimension: [300, 50, 300] gives input→300→(mean, log-variance: 50)→300→input.
 *
 * @param hidden hidden-layer activation (also of the VAE encoder and decoder hidden layers; the VAE heads are
 *               linear)
 * @param output activation of the reconstruction: {@link Activation#LINEAR} (any scaling) or
 *               {@link Activation#SIGMOID} (only sensible with min-max scaling into [0, 1])
 */
public record ArchitectureSpec(ModelKind kind, List<Integer> hiddenWidths, Activation hidden,
                               Activation output) {
    public ArchitectureSpec {
        hiddenWidths = List.copyOf(hiddenWidths);
        if (hiddenWidths.isEmpty()) {
            throw new IllegalArgumentException("at least one hidden layer is needed");
        }
        for (int w : hiddenWidths) {
            if (w <= 0) {
                throw new IllegalArgumentException("hidden widths must be positive: " + hiddenWidths);
            }
        }
        if (output != Activation.LINEAR && output != Activation.SIGMOID) {
            throw new IllegalArgumentException("output activation must be linear or sigmoid, got "
                    + output.specName());
        }
        if (kind == ModelKind.VARIATIONAL && hiddenWidths.size() % 2 == 0) {
            throw new IllegalArgumentException("a VAE needs an odd number of hidden widths (the middle one is"
                    + " the latent dimension): " + hiddenWidths);
        }
    }

    /** The canonical spec string, which {@link Architectures#parse} turns back into this spec. */
    public String toSpecString() {
        StringBuilder widths = new StringBuilder();
        for (int w : hiddenWidths) {
            widths.append(widths.length() == 0 ? "" : ",").append(w);
        }
        return (kind == ModelKind.VARIATIONAL ? "vae:" : "ae:") + widths + ":" + hidden.specName() + ":"
                + output.specName();
    }

    /** The layers for this input width. */
    public NetworkLayout layout(int inputWidth) {
        List<Integer> widths = new ArrayList<>();
        widths.add(inputWidth);
        widths.addAll(hiddenWidths);
        widths.add(inputWidth);
        return kind == ModelKind.VARIATIONAL ? variationalLayout(widths) : plainLayout(widths);
    }

    private NetworkLayout plainLayout(List<Integer> widths) {
        int code = 1;
        for (int i = 1; i < widths.size() - 1; i++) {
            if (widths.get(i) < widths.get(code)) {
                code = i;
            }
        }
        return new NetworkLayout(chain("enc", widths.subList(0, code + 1), false), null, null,
                chain("dec", widths.subList(code, widths.size()), true));
    }

    private NetworkLayout variationalLayout(List<Integer> widths) {
        int latent = widths.size() / 2;
        List<Integer> toHeads = widths.subList(0, latent);
        int headInputs = toHeads.get(toHeads.size() - 1);
        int latentWidth = widths.get(latent);
        return new NetworkLayout(chain("enc", toHeads, false),
                new DenseLayer("mean", headInputs, latentWidth, Activation.LINEAR),
                new DenseLayer("logvar", headInputs, latentWidth, Activation.LINEAR),
                chain("dec", widths.subList(latent, widths.size()), true));
    }

    /** Layers joining consecutive widths; the last of a decoder chain gets the output activation. */
    private List<DenseLayer> chain(String prefix, List<Integer> widths, boolean endsAtOutput) {
        List<DenseLayer> layers = new ArrayList<>();
        for (int i = 0; i + 1 < widths.size(); i++) {
            boolean last = endsAtOutput && i + 2 == widths.size();
            layers.add(new DenseLayer(prefix + i, widths.get(i), widths.get(i + 1), last ? output : hidden));
        }
        return layers;
    }
}
