package org.adtrigger.trainer.arch;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;

/**
 * Named presets and the parser for architecture strings.
 *
 * <p>Grammar ({@code |} alternatives, {@code [ ]} optional):
 * <pre>
 *   spec   := kind | [kind ":"] body [":" hidden-activation [":" output-activation]]
 *   kind   := "ae" | "vae"                       (default ae)
 *   body   := preset-name | width ("," width)*   (hidden widths, input and output width left out)
 * </pre>
 * Activations are relu, tanh, sigmoid, leakyrelu, linear, elu; the hidden default is relu, the output default
 * linear, and the output must be linear or sigmoid. Examples: {@code ae-small}, {@code ae-large:tanh},
 * {@code 256,64,256:relu}, {@code vae:300,50,300:elu:sigmoid}. A bare kind ({@code ae}, {@code vae}) means that
 * kind's small preset. A preset carries its own kind, so a kind prefix together with a preset name is rejected.
 */
public final class Architectures {
    /** input-150-input, the seed thesis' small autoencoder. */
    public static final ArchitectureSpec AE_SMALL = plain(List.of(150));
    /** input-450-300-200-150-200-300-450-input. */
    public static final ArchitectureSpec AE_LARGE = plain(List.of(450, 300, 200, 150, 200, 300, 450));
    /** input-(latent 150)-input. */
    public static final ArchitectureSpec VAE_SMALL = variational(List.of(150));
    /** The geometry of ae-large with a 150-wide latent space in the middle. */
    public static final ArchitectureSpec VAE_LARGE = variational(List.of(450, 300, 200, 150, 200, 300, 450));

    private static final Map<String, ArchitectureSpec> PRESETS = Map.of(
            "ae-small", AE_SMALL, "ae-large", AE_LARGE, "vae-small", VAE_SMALL, "vae-large", VAE_LARGE);

    private Architectures() {
    }

    /** Parses an architecture string (see the class comment). */
    public static ArchitectureSpec parse(String spec) {
        List<String> parts = new ArrayList<>(List.of(spec.trim().toLowerCase(Locale.ROOT).split(":", -1)));
        ModelKind kind = null;
        if (parts.get(0).equals("ae") || parts.get(0).equals("vae")) {
            kind = parts.remove(0).equals("vae") ? ModelKind.VARIATIONAL : ModelKind.AUTOENCODER;
        }
        if (kind != null && parts.isEmpty()) {
            return kind == ModelKind.VARIATIONAL ? VAE_SMALL : AE_SMALL;
        }
        if (parts.isEmpty() || parts.size() > 3) {
            throw new IllegalArgumentException("cannot parse architecture '" + spec
                    + "'; expected e.g. ae-small, 256,64,256:relu or vae:300,50,300:elu:sigmoid");
        }
        ArchitectureSpec base = PRESETS.get(parts.get(0));
        if (base != null && kind != null) {
            throw new IllegalArgumentException("preset '" + parts.get(0) + "' already names its kind: " + spec);
        }
        if (base == null) {
            base = new ArchitectureSpec(kind == null ? ModelKind.AUTOENCODER : kind, widths(parts.get(0), spec),
                    Activation.RELU, Activation.LINEAR);
        }
        Activation hidden = parts.size() > 1 ? Activation.parse(parts.get(1)) : base.hidden();
        Activation output = parts.size() > 2 ? Activation.parse(parts.get(2)) : base.output();
        return new ArchitectureSpec(base.kind(), base.hiddenWidths(), hidden, output);
    }

    /** The names accepted as presets. */
    public static List<String> presetNames() {
        return List.copyOf(new TreeSet<>(PRESETS.keySet()));
    }

    private static List<Integer> widths(String body, String spec) {
        List<Integer> widths = new ArrayList<>();
        for (String w : body.split(",", -1)) {
            try {
                widths.add(Integer.parseInt(w.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + w + "' in architecture '" + spec
                        + "' is neither a preset (" + String.join(", ", presetNames()) + ") nor a width", e);
            }
        }
        return widths;
    }

    private static ArchitectureSpec plain(List<Integer> widths) {
        return new ArchitectureSpec(ModelKind.AUTOENCODER, widths, Activation.RELU, Activation.LINEAR);
    }

    private static ArchitectureSpec variational(List<Integer> widths) {
        return new ArchitectureSpec(ModelKind.VARIATIONAL, widths, Activation.RELU, Activation.LINEAR);
    }
}
