package org.adtrigger.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.adtrigger.core.kinematics.LeadingMass;
import org.junit.jupiter.api.Test;

class ExpectedSpectraTest {

    /**
     * Background: weights 1, 1, 2 at m_ll 90, 90, 1010 GeV with tiers 0, 2, 3, and a weight-4 event without
     * a lepton pair at tier 3. Σw = 8. Level 0, slot 2 ([50, 100)): (1 + 1)/8 = 0.25, error √2/8; slot 21
     * ([1000, 1050)): 2/8. Level 3: slot 21 only, 2/8, error 2/8.
     */
    @Test
    void fractionsOfTheWholeBackgroundPerTierLevelWithTheirMcErrors() {
        ExpectedSpectraBuilder b = new ExpectedSpectraBuilder();
        b.add(0, new double[] {90, Double.NaN, 90}, 1);
        b.add(2, new double[] {90, Double.NaN, 90}, 1);
        b.add(3, new double[] {1010, Double.NaN, 1010}, 2);
        b.add(3, new double[] {Double.NaN, 500, 500}, 4);

        ExpectedSpectra spectra = b.build();

        assertThat(spectra.events()).isEqualTo(4);
        assertThat(spectra.effectiveEvents()).isCloseTo(64.0 / 22, within(1e-12));
        ExpectedSpectra.TierSpectrum mll0 = spectra.of(LeadingMass.MLL, 0).orElseThrow();
        assertThat(mll0.fractions()[2]).isCloseTo(0.25, within(1e-15));
        assertThat(mll0.errors()[2]).isCloseTo(Math.sqrt(2) / 8, within(1e-15));
        assertThat(mll0.fractions()[21]).isCloseTo(0.25, within(1e-15));
        ExpectedSpectra.TierSpectrum mll2 = spectra.of(LeadingMass.MLL, 2).orElseThrow();
        assertThat(mll2.fractions()[2]).isCloseTo(0.125, within(1e-15));
        ExpectedSpectra.TierSpectrum mll3 = spectra.of(LeadingMass.MLL, 3).orElseThrow();
        assertThat(mll3.fractions()[2]).isZero();
        assertThat(mll3.fractions()[21]).isCloseTo(0.25, within(1e-15));
        assertThat(mll3.errors()[21]).isCloseTo(0.25, within(1e-15));
        ExpectedSpectra.TierSpectrum mjj3 = spectra.of(LeadingMass.MJJ, 3).orElseThrow();
        assertThat(mjj3.fractions()[LeadingMass.MJJ.slot(500)]).isCloseTo(0.5, within(1e-15));
        assertThat(spectra.spectra()).hasSize(4 * LeadingMass.values().length);
    }

    @Test
    void aSpectrumOfAnotherBinningIsNotOffered() {
        ExpectedSpectraBuilder b = new ExpectedSpectraBuilder();
        b.add(0, new double[] {90, 90, 90}, 1);
        ExpectedSpectra.TierSpectrum s = b.build().of(LeadingMass.MLL, 0).orElseThrow();
        ExpectedSpectra other = new ExpectedSpectra(1, 1, java.util.List.of(new ExpectedSpectra.TierSpectrum(
                s.mass(), 0, 30, 0, 3000, s.fractions(), s.errors())));

        assertThat(other.of(LeadingMass.MLL, 0)).isEmpty();
    }

    @Test
    void noBackgroundWeightNoFractions() {
        assertThatThrownBy(() -> new ExpectedSpectraBuilder().build()).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("sum to 0.0");
    }
}
