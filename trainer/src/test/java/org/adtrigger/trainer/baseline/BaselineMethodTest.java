package org.adtrigger.trainer.baseline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BaselineMethodTest {
    @Test
    void namesTheBaselinesAndNothingElse() {
        assertThat(BaselineMethod.byName("PCA")).contains(BaselineMethod.PCA);
        assertThat(BaselineMethod.byName(" iforest")).contains(BaselineMethod.IFOREST);
        assertThat(BaselineMethod.byName("ae-small")).isEmpty();
        assertThat(BaselineMethod.HBOS.id()).isEqualTo("hbos");
    }

    @Test
    void metIsCellZero() {
        MetModel met = new MetModel(4);
        assertThat(met.score(new float[] {0.25f, 9, 9, 9})).isEqualTo(0.25);
        assertThat(met.keptCells()).containsExactly(0);
    }
}
