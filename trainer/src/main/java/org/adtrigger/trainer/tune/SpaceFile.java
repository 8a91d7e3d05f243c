package org.adtrigger.trainer.tune;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.adtrigger.trainer.arch.Activation;
import org.adtrigger.trainer.arch.ModelKind;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * Reads a search space from a properties file; a key left out keeps its {@link SearchSpace#DEFAULT} value.
 * <pre>
 *   kind       = ae, vae            layers = 0, 1, 2           widths = 128, 256
 *   latent     = 16, 32             activation = relu, tanh    lr = 1e-4:1e-2
 *   lr-grid    = 3                  scaler = min-max, standard
 * </pre>
 * Unknown keys are errors, so a misspelt key cannot silently leave the default in place.
 */
public final class SpaceFile {
    private static final Set<String> KEYS = Set.of("kind", "layers", "widths", "latent", "activation", "lr",
            "lr-grid", "scaler");

    private SpaceFile() {
    }

    public static SearchSpace read(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(reader);
        }
        return parse(p, file.toString());
    }

    static SearchSpace parse(Properties p, String where) {
        Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
        unknown.removeAll(KEYS);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(where + ": unknown key(s) " + unknown + "; expected " + new TreeSet<>(KEYS));
        }
        SearchSpace d = SearchSpace.DEFAULT;
        return new SearchSpace(
                list(p, "kind", d.kinds(), s -> s.equals("vae") ? ModelKind.VARIATIONAL : ae(s)),
                list(p, "layers", d.depths(), Integer::valueOf),
                list(p, "widths", d.widths(), Integer::valueOf),
                list(p, "latent", d.latents(), Integer::valueOf),
                list(p, "activation", d.activations(), Activation::parse),
                p.containsKey("lr") ? range(p.getProperty("lr")) : d.learningRate(),
                p.containsKey("lr-grid") ? Integer.parseInt(p.getProperty("lr-grid").trim()) : d.gridRates(),
                list(p, "scaler", d.scalers(), s -> Scaling.valueOf(s.toUpperCase(Locale.ROOT).replace('-', '_'))));
    }

    private static ModelKind ae(String kind) {
        if (!kind.equals("ae")) {
            throw new IllegalArgumentException("unknown kind '" + kind + "'; expected ae or vae");
        }
        return ModelKind.AUTOENCODER;
    }

    private static <T> List<T> list(Properties p, String key, List<T> fallback, Function<String, T> parse) {
        String value = p.getProperty(key);
        if (value == null) {
            return fallback;
        }
        return Arrays.stream(value.split(",")).map(s -> s.trim().toLowerCase(Locale.ROOT)).filter(s -> !s.isEmpty())
                .map(parse).toList();
    }

    private static SearchSpace.Range range(String value) {
        String[] bounds = value.split(":");
        if (bounds.length != 2) {
            throw new IllegalArgumentException("lr must be min:max, got '" + value + "'");
        }
        return new SearchSpace.Range(Double.parseDouble(bounds[0].trim()), Double.parseDouble(bounds[1].trim()));
    }
}
