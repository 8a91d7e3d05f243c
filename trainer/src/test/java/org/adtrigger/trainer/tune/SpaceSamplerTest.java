package org.adtrigger.trainer.tune;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import org.adtrigger.trainer.arch.Architectures;
import org.junit.jupiter.api.Test;

class SpaceSamplerTest {
    private static final SearchSpace SPACE = SearchSpace.DEFAULT;

    @Test
    void randomSearchRepeatsBySeedAndDiffersAcrossSeeds() {
        assertThat(SpaceSampler.random(SPACE, 30, 7)).isEqualTo(SpaceSampler.random(SPACE, 30, 7))
                .isNotEqualTo(SpaceSampler.random(SPACE, 30, 8));
    }

    @Test
    void randomConfigurationsStayInsideTheSpaceAndParseBack() {
        List<TrialConfig> configs = SpaceSampler.random(SPACE, 200, 3);
        assertThat(configs).hasSize(200).doesNotHaveDuplicates();
        for (TrialConfig c : configs) {
            assertThat(c.latent()).isIn(SPACE.latents());
            assertThat(SPACE.depths()).contains(c.encoder().size());
            assertThat(c.encoder()).allSatisfy(w -> assertThat(w).isIn(SPACE.widths()).isGreaterThan(c.latent()))
                    .isSortedAccordingTo(Comparator.reverseOrder());
            assertThat(c.activation()).isIn(SPACE.activations());
            assertThat(c.learningRate()).isBetween(SPACE.learningRate().min(), SPACE.learningRate().max());
            assertThat(Architectures.parse(c.spec())).isEqualTo(c.architecture());
        }
        // log-uniform: about half the rates below the geometric mean of the bounds (1e-3)
        assertThat(configs.stream().filter(c -> c.learningRate() < 1e-3).count()).isBetween(70L, 130L);
    }

    @Test
    void aSmallSpaceYieldsFewerDistinctPoints() {
        Properties p = new Properties();
        p.setProperty("layers", "0");
        p.setProperty("latent", "8, 16");
        p.setProperty("activation", "tanh");
        p.setProperty("lr", "1e-3:1e-3");
        assertThat(SpaceSampler.random(SpaceFile.parse(p, "test"), 5, 1)).hasSize(2);
    }

    @Test
    void gridIsCompleteWhenSmallAndAnEvenSeededSubsetWhenLarge() {
        Properties p = new Properties();
        p.setProperty("layers", "0, 2");
        p.setProperty("widths", "64, 128");
        p.setProperty("latent", "16");
        p.setProperty("activation", "relu, tanh");
        p.setProperty("lr", "1e-4:1e-2");
        p.setProperty("lr-grid", "3");
        SearchSpace space = SpaceFile.parse(p, "test");
        // encoders: [], [64,64], [128,64], [128,128] → 4 × 2 activations × 3 rates
        List<TrialConfig> all = SpaceSampler.grid(space, 100, 1);
        assertThat(all).hasSize(24).doesNotHaveDuplicates();
        assertThat(new HashSet<>(all.stream().map(TrialConfig::learningRate).toList()))
                .containsExactlyInAnyOrder(1e-4, 1e-3, 1e-2);
        assertThat(all.stream().map(TrialConfig::encoder).distinct().toList())
                .containsExactlyInAnyOrder(List.of(), List.of(64, 64), List.of(128, 64), List.of(128, 128));
        assertThat(SpaceSampler.grid(space, 10, 5)).hasSize(10).isSubsetOf(all)
                .isEqualTo(SpaceSampler.grid(space, 10, 5));
    }
}
