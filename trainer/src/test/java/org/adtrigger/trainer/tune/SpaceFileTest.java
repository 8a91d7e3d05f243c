package org.adtrigger.trainer.tune;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Properties;
import org.adtrigger.trainer.arch.ModelKind;
import org.adtrigger.trainer.preprocess.Scaling;
import org.junit.jupiter.api.Test;

class SpaceFileTest {
    @Test
    void givenKeysOverrideTheDefaultOthersStay() {
        Properties p = new Properties();
        p.setProperty("kind", "ae, vae");
        p.setProperty("scaler", "min-max, standard");
        p.setProperty("lr", "1e-5 : 1e-3");
        SearchSpace space = SpaceFile.parse(p, "test");
        assertThat(space.kinds()).containsExactly(ModelKind.AUTOENCODER, ModelKind.VARIATIONAL);
        assertThat(space.scalers()).containsExactly(Scaling.MIN_MAX, Scaling.STANDARD);
        assertThat(space.learningRate()).isEqualTo(new SearchSpace.Range(1e-5, 1e-3));
        assertThat(space.widths()).isEqualTo(SearchSpace.DEFAULT.widths());
        assertThat(space.depths()).isEqualTo(List.of(0, 1, 2));
    }

    @Test
    void unknownKeysAndBadValuesAreRejected() {
        Properties typo = new Properties();
        typo.setProperty("width", "64");
        assertThatThrownBy(() -> SpaceFile.parse(typo, "s.properties")).hasMessageContaining("width");
        Properties badRange = new Properties();
        badRange.setProperty("lr", "1e-2:1e-4");
        assertThatThrownBy(() -> SpaceFile.parse(badRange, "s")).isInstanceOf(IllegalArgumentException.class);
        Properties empty = new Properties();
        empty.setProperty("latent", " ");
        assertThatThrownBy(() -> SpaceFile.parse(empty, "s")).hasMessageContaining("latent");
    }
}
