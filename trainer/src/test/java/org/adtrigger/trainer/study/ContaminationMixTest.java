package org.adtrigger.trainer.study;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.TruthLabel;
import org.junit.jupiter.api.Test;

class ContaminationMixTest {
    @Test
    void signalEventsMakeTheStatedFractionOfTheMixture() {
        // n_s = f·n_b/(1 − f): 0.05 · 95 000 / 0.95 = 5 000 of 100 000
        assertThat(ContaminationMix.signalEvents(95_000, 0.05)).isEqualTo(5_000);
        assertThat(ContaminationMix.signalEvents(99_900, 0.001)).isEqualTo(100);
        assertThat(ContaminationMix.signalEvents(100_000, 0.01)).isEqualTo(1_010);   // 1010.10 rounded
        assertThat(ContaminationMix.signalEvents(100_000, 0)).isZero();
        long added = ContaminationMix.signalEvents(100_000, 0.05);
        assertThat((double) added / (100_000 + added)).isCloseTo(0.05, within(1e-5));
    }

    @Test
    void rejectsFractionsOutsideZeroToOne() {
        assertThatThrownBy(() -> ContaminationMix.signalEvents(10, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ContaminationMix.signalEvents(10, -0.01))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aContaminantIsAnUnlabelledCopyWithTheBackgroundWeight() {
        Event signal = Event.newBuilder().setRun(1).setEventNumber(2).setSample("zprime2000").setWeight(1e-4)
                .setLabel(TruthLabel.SIGNAL).setMetEt(12f).setMetPhi(0f).setObjects(List.of()).build();
        Event mixed = ContaminationMix.contaminant(signal, 250.0);
        assertThat(mixed.getLabel()).isEqualTo(TruthLabel.UNKNOWN);
        assertThat(mixed.getWeight()).isEqualTo(250.0);
        assertThat(mixed.getSample()).isEqualTo("zprime2000");
        assertThat(mixed.getMetEt()).isEqualTo(12f);
        assertThat(signal.getLabel()).isEqualTo(TruthLabel.SIGNAL);
        assertThat(signal.getWeight()).isEqualTo(1e-4);
    }
}
