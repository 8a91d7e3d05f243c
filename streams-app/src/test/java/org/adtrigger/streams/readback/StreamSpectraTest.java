package org.adtrigger.streams.readback;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.schema.MassSpectrum;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.schema.WindowSummary;
import org.junit.jupiter.api.Test;

class StreamSpectraTest {

    @Test
    void sumsTheAllWindowsInsideTheRangeAndAddsTheExpectationErrorsLinearly() {
        StreamSpectra sum = new StreamSpectra(1_000, 3_000);

        assertThat(sum.add(summary(1_000, WindowKeyType.ALL, 5, 2.0, 0.5))).isTrue();
        assertThat(sum.add(summary(2_000, WindowKeyType.ALL, 7, 3.0, 0.25))).isTrue();
        assertThat(sum.add(summary(0, WindowKeyType.ALL, 100, 1.0, 0.1))).as("starts before --from").isFalse();
        assertThat(sum.add(summary(3_000, WindowKeyType.ALL, 100, 1.0, 0.1))).as("ends after --to").isFalse();
        assertThat(sum.add(summary(1_000, WindowKeyType.SAMPLE, 100, 1.0, 0.1))).as("not key ALL").isFalse();

        assertThat(sum.windows()).isEqualTo(2);
        assertThat(sum.observed(LeadingMass.MLL, 3).bin(20).sumW()).isEqualTo(12);
        assertThat(sum.expected(LeadingMass.MLL, 3).bin(20).sumW()).isCloseTo(5.0, within(1e-12));
        assertThat(sum.expected(LeadingMass.MLL, 3).bin(20).error()).isCloseTo(0.75, within(1e-12));
        assertThat(sum.observed(LeadingMass.MLL, 2).total().sumW()).isZero();
    }

    @Test
    void aWindowWithoutExpectationLeavesTheRangeWithObservedOnly() {
        StreamSpectra sum = new StreamSpectra(0, 10_000);
        sum.add(summary(1_000, WindowKeyType.ALL, 5, 2.0, 0.5));
        WindowSummary unknown = summary(2_000, WindowKeyType.ALL, 5, 2.0, 0.5);
        unknown.getSpectra().forEach(s -> {
            s.setExpected(List.of());
            s.setExpectedError(List.of());
        });
        sum.add(unknown);

        assertThat(sum.expectationKnown()).isFalse();
        assertThat(sum.expected(LeadingMass.MLL, 3)).isNull();
        assertThat(sum.observed(LeadingMass.MLL, 3).total().sumW()).isEqualTo(10);
    }

    @Test
    void refusesAWindowOfAnotherBinningAndOneWithoutSpectra() {
        StreamSpectra sum = new StreamSpectra(0, 10_000);
        WindowSummary other = summary(1_000, WindowKeyType.ALL, 5, 2.0, 0.5);
        other.getSpectra().get(0).setHigh(5000.0);
        WindowSummary old = summary(1_000, WindowKeyType.ALL, 5, 2.0, 0.5);
        old.setSpectra(List.of());

        assertThatThrownBy(() -> sum.add(other)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window 1000-2000").hasMessageContaining("this software bins 62 on [0.0, 3000.0)");
        assertThatThrownBy(() -> sum.add(old)).hasMessageContaining("has no spectra");
    }

    /** A 1 s window with {@code n} events in m_ll bin 20 at tier 3 expecting b ± error there. */
    static WindowSummary summary(long start, WindowKeyType type, long n, double b, double error) {
        List<MassSpectrum> spectra = new ArrayList<>();
        for (int tier = 0; tier < StreamSpectra.LEVELS; tier++) {
            for (LeadingMass m : LeadingMass.values()) {
                List<Long> observed = new ArrayList<>(Collections.nCopies(m.slots(), 0L));
                List<Double> expected = new ArrayList<>(Collections.nCopies(m.slots(), 0.0));
                List<Double> errors = new ArrayList<>(Collections.nCopies(m.slots(), 0.0));
                if (m == LeadingMass.MLL && tier == 3) {
                    observed.set(21, n);
                    expected.set(21, b);
                    errors.set(21, error);
                }
                spectra.add(MassSpectrum.newBuilder().setMass(m.id()).setTier(tier).setLow(m.low()).setHigh(m.high())
                        .setObserved(observed).setExpected(expected).setExpectedError(errors).build());
            }
        }
        List<Double> zeros = List.of(0.0, 0.0, 0.0, 0.0);
        return WindowSummary.newBuilder().setWindowStartMs(start).setWindowEndMs(start + 1_000).setKeyType(type)
                .setKey("all").setCounts(List.of(n, n, n, n)).setSumW(zeros).setSumW2(zeros)
                .setExpectedBackground(zeros).setObservedSignal(zeros).setZ(zeros).setAsimovZ(zeros).setRateHz(0)
                .setScoreQuantiles(Map.of()).setModels(List.of("m")).setSpectra(spectra).build();
    }
}
