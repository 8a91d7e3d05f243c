package org.adtrigger.trainer.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class MethodsTest {

    @Test
    void acceptsWhatTrainAcceptsInTheOrderGiven() {
        assertThat(Methods.parse(List.of("ae-large", " AE-small", "met", "vae-small", "PCA", "iforest", "hbos",
                "256,64,256:tanh")))
                .containsExactly("ae-large", "ae-small", "met", "vae-small", "pca", "iforest", "hbos", "256,64,256:tanh");
    }

    @Test
    void unknownMethodIsNamed() {
        assertThatThrownBy(() -> Methods.parse(List.of("ae-small", "autoencoder-xl")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("unknown method 'autoencoder-xl' in --methods: neither a baseline "
                        + "(met, pca, iforest, hbos) nor an autoencoder");
    }

    @Test
    void repeatedMethodIsRefused() {
        assertThatThrownBy(() -> Methods.parse(List.of("ae-small", "ae-small")))
                .hasMessage("method 'ae-small' listed twice in --methods");
    }

    @Test
    void fileNamesKeepOnlyPortableCharacters() {
        assertThat(Methods.fileName("vae:300,50,300:elu")).isEqualTo("vae_300_50_300_elu");
        assertThat(Methods.fileName("ae-small")).isEqualTo("ae-small");
    }
}
