package org.adtrigger.streams.window;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.core.kinematics.LeadingMass;
import org.adtrigger.core.model.ExpectedSpectraBuilder;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.schema.WindowSummary;
import org.junit.jupiter.api.Test;

class WindowSpectrumMetersTest {
    private static final ModelExpectation CARD = new ModelExpectation(new double[] {1, 0.5, 0.5, 0.5}, 2);

    /** Two unit-weight background events: m_ll 90 GeV at tier 0 and 1010 GeV at tier 3. */
    private static SpectrumExpectation spectra() {
        ExpectedSpectraBuilder b = new ExpectedSpectraBuilder();
        b.add(0, new double[] {90, Double.NaN, 90}, 1);
        b.add(3, new double[] {1010, Double.NaN, 1010}, 1);
        return SpectrumExpectation.of(b.build()).orElseThrow();
    }

    @Test
    void gaugesShowTheLastWindowAndCountersSumEveryWindowOfKeyAll() {
        MeterRegistry registry = new SimpleMeterRegistry();
        WindowSpectrumMeters meters = new WindowSpectrumMeters(registry);
        assertThat(gauge(registry, "adtrigger.window.spectrum.observed", "3", "1000")).isNaN();

        meters.onWindowClosed(window(4, 1010f));
        meters.onWindowClosed(window(2, 1020f));
        WindowSummary sample = window(100, 1010f);
        sample.setKeyType(org.adtrigger.schema.WindowKeyType.SAMPLE);
        meters.onWindowClosed(sample);

        assertThat(gauge(registry, "adtrigger.window.spectrum.observed", "3", "1000")).isEqualTo(2);
        assertThat(gauge(registry, "adtrigger.window.spectrum.expected", "3", "1000")).isCloseTo(1.0, within(1e-12));
        assertThat(counter(registry, "adtrigger.spectrum.observed", "3", "1000")).isEqualTo(6);
        assertThat(counter(registry, "adtrigger.spectrum.expected", "3", "1000")).isCloseTo(3.0, within(1e-12));
        assertThat(counter(registry, "adtrigger.spectrum.observed", "3", "0050")).isZero();
        // m_ll, tiers 1..3, 60 bins and the overflow, for each of the four metrics
        assertThat(registry.getMeters()).hasSize(4 * 3 * 61);
        assertThat(registry.find("adtrigger.spectrum.observed").tag("bin", "3000+").counters()).hasSize(3);
    }

    /** A closed ALL window of {@code n} tier-3 events at m_ll {@code mll}. */
    private static WindowSummary window(int n, float mll) {
        WindowTally tally = WindowTally.withSpectra();
        for (int i = 0; i < n; i++) {
            tally.add(ScoredEvent.newBuilder().setRun(1).setEventNumber(i).setSample("s").setIsData(true)
                    .setLabel(TruthLabel.UNKNOWN).setWeight(1).setEventTimeMs(0).setScore(1).setTier(3)
                    .setModelId("m").setMetEt(0f).setNObjects(2).setMLeadingLeptons(mll).setMAllObjects(mll).build(), CARD);
        }
        return WindowSummarizer.summarize("ALL:all", 0, 1000, tally, java.util.Map.of("m", spectra()));
    }

    private static double gauge(MeterRegistry registry, String name, String tier, String bin) {
        return registry.get(name).tag("mass", LeadingMass.MLL.id()).tag("tier", tier).tag("bin", bin).gauge().value();
    }

    private static double counter(MeterRegistry registry, String name, String tier, String bin) {
        return registry.get(name).tag("mass", LeadingMass.MLL.id()).tag("tier", tier).tag("bin", bin).counter().count();
    }
}
