package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class BumpHunterTest {
    private static final double[] FLAT = {1, 1, 1, 1, 1};
    private static final double[] BUMP = {1, 0, 4, 3, 1};

    @Test
    void handMadeSpectrum() {
        // windows of ≤ 2 bins: bins 2–3 hold d = 7 over b = 2:
        // P(N ≥ 7 | 2) = 1 − e^{-2}(1 + 2 + 2 + 4/3 + 2/3 + 4/15 + 4/45) = 0.0045338;
        // bin 2 alone: P(N ≥ 4 | 1) = 0.018988; bins 1–2: P(N ≥ 4 | 2) = 0.14288
        BumpHunter.Window w = new BumpHunter(2).mostSignificant(BUMP, FLAT);
        assertThat(w.first()).isEqualTo(2);
        assertThat(w.last()).isEqualTo(3);
        assertThat(w.observed()).isEqualTo(7);
        assertThat(w.expected()).isEqualTo(2);
        double hand = 1 - Math.exp(-2) * (1 + 2 + 2 + 4.0 / 3 + 2.0 / 3 + 4.0 / 15 + 4.0 / 45);
        assertThat(hand).isCloseTo(0.0045338, within(1e-7));
        assertThat(w.localP()).isCloseTo(hand, within(1e-12));
    }

    @Test
    void handMadeSpectrumWithMcError() {
        // σ² = 0.25 per bin: bins 2–3 hold d = 7 over b = 2, σ² = 0.5, so τ = 4 and Z_Bi's p = I_{1/5}(7, 9)
        // = P(Binomial(15, 0.2) ≥ 7) = Σ_{j=7..15} C(15, j) 0.2^j 0.8^{15−j} = 0.018058807, 4 times the
        // exact-b p-value; bin 2 alone: I_{1/5}(4, 5) = P(Binomial(8, 0.2) ≥ 4) = 0.0562816
        double[] variance = {0.25, 0.25, 0.25, 0.25, 0.25};
        BumpHunter.Window w = new BumpHunter(2).mostSignificant(BUMP, FLAT, variance);
        assertThat(w.first()).isEqualTo(2);
        assertThat(w.last()).isEqualTo(3);
        assertThat(w.localP()).isCloseTo(0.018058807, within(1e-9));
        assertThat(new BumpHunter(1).mostSignificant(BUMP, FLAT, variance).localP()).isCloseTo(0.0562816, within(1e-9));
        // zero variance is the exact-b hunt
        assertThat(new BumpHunter(2).mostSignificant(BUMP, FLAT, new double[5]))
                .isEqualTo(new BumpHunter(2).mostSignificant(BUMP, FLAT));
    }

    @Test
    void flooredBinsHoldOneAverageEventAndItsError() {
        assertThat(BumpHunter.flooredVariance(new double[] {3.0, 0.1, 0.0}, new double[] {0.9, 0.01, 0.0}, 0.5))
                .containsExactly(0.9, 0.25, 0.25);
    }

    @Test
    void windowEdgesAreThoseOfItsBins() {
        // bins 2–3 of 5 bins of 50 GeV from 100 GeV: [200, 300)
        BumpHunter.Window w = new BumpHunter(2).mostSignificant(BUMP, FLAT);
        WeightedHistogram binning = new WeightedHistogram(5, 100, 350);
        assertThat(w.low(binning)).isEqualTo(200.0);
        assertThat(w.high(binning)).isEqualTo(300.0);
    }

    @Test
    void widthOneFindsTheSingleBin() {
        BumpHunter.Window w = new BumpHunter(1).mostSignificant(BUMP, FLAT);
        assertThat(w.first()).isEqualTo(2);
        assertThat(w.last()).isEqualTo(2);
        assertThat(w.localP()).isCloseTo(1 - Math.exp(-1) * (1 + 1 + 0.5 + 1.0 / 6), within(1e-12));
    }

    @Test
    void deficitsAreNotBumps() {
        BumpHunter.Window w = new BumpHunter(5).mostSignificant(new double[] {0, 1, 0, 1, 0}, FLAT);
        assertThat(w.isExcess()).isFalse();
        assertThat(w.localP()).isEqualTo(1.0);
    }

    @Test
    void globalPValueIsReproducibleAndPaysTheLookElsewhereEffect() {
        double[] expected = new double[40];
        java.util.Arrays.fill(expected, 5.0);
        double[] observed = expected.clone();
        observed[20] = 13;
        BumpHunter hunter = new BumpHunter(4);
        BumpHunter.Result a = hunter.hunt(observed, expected, 2000, 7, n -> { });
        BumpHunter.Result b = hunter.hunt(observed, expected, 2000, 7, n -> { });
        assertThat(a.atLeastAsLarge()).isEqualTo(b.atLeastAsLarge());
        assertThat(a.window().first()).isEqualTo(20);
        // local p = P(N ≥ 13 | 5) = 0.00198 (2.88σ); 40 bins × 4 widths to look in: the global p is far larger
        assertThat(a.window().localP()).isCloseTo(PValues.atLeast(13, 5), within(1e-15));
        assertThat(a.globalP()).isGreaterThan(10 * a.window().localP()).isLessThan(0.5);
        assertThat(a.globalSignificance()).isLessThan(a.window().localSignificance());
    }
}
