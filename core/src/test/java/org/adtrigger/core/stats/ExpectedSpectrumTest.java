package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExpectedSpectrumTest {

    @Test
    void addedHistogramKeepsItsSumsOfWeightsAndSquares() {
        WeightedHistogram summed = new WeightedHistogram(3, 0, 3);
        summed.addToSlot(1, 4.0, 0.25);
        summed.addToSlot(3, 2.0, 1.0);
        ExpectedSpectrum spectrum = new ExpectedSpectrum(summed);
        spectrum.fill("ttbar", 1.5, 0.5);
        spectrum.add("stream", summed);

        assertThat(spectrum.processes()).containsExactly("ttbar", "stream");
        assertThat(spectrum.process("stream").bin(0)).isEqualTo(new WeightedCount(4.0, 0.25));
        assertThat(spectrum.process("stream").bin(2)).isEqualTo(new WeightedCount(2.0, 1.0));
        // the total adds Σw and Σw² bin by bin: bin 1 holds only the filled event
        assertThat(spectrum.total().bin(1)).isEqualTo(new WeightedCount(0.5, 0.25));
        assertThat(spectrum.totalContents()).containsExactly(4.0, 0.5, 2.0);
    }

    @Test
    void refusesAnotherBinning() {
        ExpectedSpectrum spectrum = new ExpectedSpectrum(new WeightedHistogram(3, 0, 3));
        assertThatThrownBy(() -> spectrum.add("stream", new WeightedHistogram(4, 0, 3)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("binning differs");
    }
}
