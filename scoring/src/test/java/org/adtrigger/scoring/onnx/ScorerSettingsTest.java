package org.adtrigger.scoring.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;

import org.junit.jupiter.api.Test;

class ScorerSettingsTest {

    @Test
    void defaultsToAutoWithOneThreadAndTheModelsOwnLayout() {
        assertThat(ScorerSettings.from(new Properties())).isEqualTo(new ScorerSettings(ScorerDevice.AUTO, 1, null));
    }

    @Test
    void readsEveryKey() {
        Properties p = new Properties();
        p.setProperty("scorer.device", " CUDA ");
        p.setProperty("scorer.intra.op.threads", "2");
        p.setProperty("scorer.required.layout", "T5N10");
        assertThat(ScorerSettings.from(p)).isEqualTo(new ScorerSettings(ScorerDevice.CUDA, 2, "T5N10"));
    }

    @Test
    void treatsABlankRequiredLayoutAsNone() {
        Properties p = new Properties();
        p.setProperty("scorer.required.layout", " ");
        assertThat(ScorerSettings.from(p).requiredLayout()).isNull();
    }

    @Test
    void namesTheKeyOfABadValue() {
        Properties device = new Properties();
        device.setProperty("scorer.device", "tpu");
        assertThatThrownBy(() -> ScorerSettings.from(device)).hasMessageContaining("auto, cpu or cuda, not 'tpu'");
        Properties threads = new Properties();
        threads.setProperty("scorer.intra.op.threads", "0");
        assertThatThrownBy(() -> ScorerSettings.from(threads)).hasMessageContaining("scorer.intra.op.threads");
        threads.setProperty("scorer.intra.op.threads", "many");
        assertThatThrownBy(() -> ScorerSettings.from(threads)).hasMessageContaining("must be an integer, not 'many'");
    }
}
