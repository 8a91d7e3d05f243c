package org.adtrigger.trainer.arch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ArchitecturesTest {
    @Test
    void aeSmallIsInput150Input() {
        NetworkLayout layout = Architectures.parse("ae-small").layout(529);
        assertThat(layout.allLayers()).containsExactly(
                new DenseLayer("enc0", 529, 150, Activation.RELU),
                new DenseLayer("dec0", 150, 529, Activation.LINEAR));
        assertThat(layout.codeWidth()).isEqualTo(150);
    }

    @Test
    void aeLargeSplitsAtTheBottleneck() {
        NetworkLayout layout = Architectures.AE_LARGE.layout(529);
        assertThat(layout.encoder()).extracting(DenseLayer::outputs).containsExactly(450, 300, 200, 150);
        assertThat(layout.decoder()).extracting(DenseLayer::outputs).containsExactly(200, 300, 450, 529);
        assertThat(layout.isVariational()).isFalse();
    }

    @Test
    void specStringSetsWidthsAndActivations() {
        ArchitectureSpec spec = Architectures.parse("256,64,256:leakyrelu:sigmoid");
        assertThat(spec).isEqualTo(new ArchitectureSpec(ModelKind.AUTOENCODER, List.of(256, 64, 256),
                Activation.LEAKYRELU, Activation.SIGMOID));
        assertThat(Architectures.parse(" AE-Large:TANH ").hidden()).isEqualTo(Activation.TANH);
    }

    @Test
    void bareKindMeansItsSmallPreset() {
        assertThat(Architectures.parse("vae")).isEqualTo(Architectures.VAE_SMALL);
        assertThat(Architectures.parse(" AE ")).isEqualTo(Architectures.AE_SMALL);
    }

    @Test
    void vaeHasHeadsAroundTheMiddleWidth() {
        NetworkLayout layout = Architectures.parse("vae:300,50,300:elu").layout(100);
        assertThat(layout.encoder()).containsExactly(new DenseLayer("enc0", 100, 300, Activation.ELU));
        assertThat(layout.mean()).isEqualTo(new DenseLayer("mean", 300, 50, Activation.LINEAR));
        assertThat(layout.logVariance()).isEqualTo(new DenseLayer("logvar", 300, 50, Activation.LINEAR));
        assertThat(layout.decoder()).containsExactly(new DenseLayer("dec0", 50, 300, Activation.ELU),
                new DenseLayer("dec1", 300, 100, Activation.LINEAR));
    }

    @Test
    void vaeWithoutHiddenLayersFeedsHeadsFromInput() {
        NetworkLayout layout = Architectures.parse("vae-small").layout(40);
        assertThat(layout.encoder()).isEmpty();
        assertThat(layout.inputWidth()).isEqualTo(40);
        assertThat(layout.mean().inputs()).isEqualTo(40);
    }

    @Test
    void specStringRoundTrips() {
        for (String spec : new String[] {"ae-small", "ae-large:tanh", "vae:300,50,300:elu:sigmoid", "7"}) {
            ArchitectureSpec parsed = Architectures.parse(spec);
            assertThat(Architectures.parse(parsed.toSpecString())).isEqualTo(parsed);
        }
        assertThat(Architectures.AE_SMALL.toSpecString()).isEqualTo("ae:150:relu:linear");
    }

    @Test
    void rejectsMalformedSpecs() {
        assertThatThrownBy(() -> Architectures.parse("ae-tiny")).hasMessageContaining("neither a preset");
        assertThatThrownBy(() -> Architectures.parse("64:relu:tanh")).hasMessageContaining("linear or sigmoid");
        assertThatThrownBy(() -> Architectures.parse("64:swish")).hasMessageContaining("unknown activation");
        assertThatThrownBy(() -> Architectures.parse("vae:64,32")).hasMessageContaining("odd number");
        assertThatThrownBy(() -> Architectures.parse("vae:ae-small")).hasMessageContaining("already names");
        assertThatThrownBy(() -> Architectures.parse("64,0")).hasMessageContaining("positive");
    }
}
