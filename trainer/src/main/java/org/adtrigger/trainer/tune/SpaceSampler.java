package org.adtrigger.trainer.tune;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import org.adtrigger.trainer.arch.Activation;
import org.adtrigger.trainer.arch.ModelKind;
import org.adtrigger.trainer.preprocess.Scaling;

/**
 * Draws the configurations a search starts with. Both strategies depend only on (space, count, seed), so a
 * search can be repeated exactly.
 */
public final class SpaceSampler {
    /** Random search gives up looking for new distinct points after this many draws per point asked for. */
    private static final int DRAWS_PER_TRIAL = 100;

    private SpaceSampler() {
    }

    /**
     * Up to {@code count} distinct random configurations: each discrete choice uniform, the learning rate
     * log-uniform. Fewer only when the discrete part of the space is too small to hold that many.
     */
    public static List<TrialConfig> random(SearchSpace space, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Set<TrialConfig> drawn = new LinkedHashSet<>();
        for (int draws = 0; drawn.size() < count && draws < DRAWS_PER_TRIAL * count; draws++) {
            int latent = pick(space.latents(), random);
            List<Integer> above = space.widthsAbove(latent);
            int depth = above.isEmpty() ? 0 : pick(space.depths(), random);
            List<Integer> encoder = new ArrayList<>();
            for (int i = 0; i < depth; i++) {
                encoder.add(pick(above, random));
            }
            encoder.sort(Collections.reverseOrder());
            drawn.add(new TrialConfig(pick(space.kinds(), random), encoder, latent,
                    pick(space.activations(), random), space.learningRate().logInterpolate(random.nextDouble()),
                    pick(space.scalers(), random)));
        }
        return List.copyOf(drawn);
    }

    /**
     * The whole grid (every encoder shape, latent, activation, scaler, kind and {@code gridRates} learning
     * rates) when it has at most {@code count} points, else {@code count} of them chosen by a seeded shuffle,
     * so a large grid is sampled evenly rather than cut off at one corner.
     */
    public static List<TrialConfig> grid(SearchSpace space, int count, long seed) {
        List<TrialConfig> grid = new ArrayList<>();
        for (ModelKind kind : space.kinds()) {
            for (int latent : space.latents()) {
                for (List<Integer> encoder : encoders(space, latent)) {
                    for (Activation activation : space.activations()) {
                        for (int r = 0; r < space.gridRates(); r++) {
                            double u = space.gridRates() == 1 ? 0.5 : r / (space.gridRates() - 1.0);
                            for (Scaling scaling : space.scalers()) {
                                grid.add(new TrialConfig(kind, encoder, latent, activation,
                                        space.learningRate().logInterpolate(u), scaling));
                            }
                        }
                    }
                }
            }
        }
        if (grid.size() <= count) {
            return List.copyOf(grid);
        }
        Collections.shuffle(grid, new Random(seed));
        return List.copyOf(grid.subList(0, count));
    }

    /** Every non-increasing encoder of an allowed depth over the widths above {@code latent}. */
    private static List<List<Integer>> encoders(SearchSpace space, int latent) {
        List<Integer> above = space.widthsAbove(latent);
        Set<List<Integer>> shapes = new LinkedHashSet<>();
        for (int depth : space.depths()) {
            if (depth == 0 || above.isEmpty()) {
                shapes.add(List.of());
            } else {
                addShapes(above, depth, new ArrayList<>(), above.size() - 1, shapes);
            }
        }
        return List.copyOf(shapes);
    }

    private static void addShapes(List<Integer> ascending, int remaining, List<Integer> prefix, int maxIndex,
                                  Set<List<Integer>> out) {
        if (remaining == 0) {
            out.add(List.copyOf(prefix));
            return;
        }
        for (int i = maxIndex; i >= 0; i--) {
            prefix.add(ascending.get(i));
            addShapes(ascending, remaining - 1, prefix, i, out);
            prefix.remove(prefix.size() - 1);
        }
    }

    private static <T> T pick(List<T> values, SplittableRandom random) {
        return values.get(random.nextInt(values.size()));
    }
}
