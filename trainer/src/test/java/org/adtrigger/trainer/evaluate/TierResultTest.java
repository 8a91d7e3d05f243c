package org.adtrigger.trainer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.junit.jupiter.api.Test;

/** s, b and Z in each tier, and the E_T^miss scan inside a tier, on hand-made weights. */
class TierResultTest {
    private static final ModelCard.Thresholds CARD = new ModelCard.Thresholds("SCORE", 0.8,
            new double[] {1.0, 2.0, 3.0}, new double[] {1.0, 0.5, 0.25, 0.1}, List.of(), List.of());

    /**
     * Background: 100 events of weight 2 at score 0.5 (MET 10), 50 of weight 1 at 1.5 (MET 10), 25 of
     * weight 4 at 2.5 (MET 200). Signal: 10 of weight 1 at 0.5, 20 of weight 0.5 at 2.5 (MET 200), 5 of
     * weight 2 at 3.5 (MET 300).
     */
    private static List<TierResult> tiers() {
        ScoredEvents background = new ScoredEvents();
        SyntheticScores.append(background, "bkg", 100, 0.5, 0, 10, 2.0);
        SyntheticScores.append(background, "bkg", 50, 1.5, 0, 10, 1.0);
        SyntheticScores.append(background, "bkg", 25, 2.5, 0, 200, 4.0);
        ScoredEvents signal = new ScoredEvents();
        SyntheticScores.append(signal, "sig", 10, 0.5, 0, 50, 1.0);
        SyntheticScores.append(signal, "sig", 20, 2.5, 0, 200, 0.5);
        SyntheticScores.append(signal, "sig", 5, 3.5, 0, 300, 2.0);
        return TierResult.all(signal, background, CARD);
    }

    @Test
    void noCutCountsEverything() {
        CutYield y = tiers().get(0).yield();
        assertThat(y.signal().sumW()).isEqualTo(30.0);                 // 10 + 10 + 10
        assertThat(y.signal().sumW2()).isEqualTo(10 + 20 * 0.25 + 5 * 4.0);
        assertThat(y.background().sumW()).isEqualTo(350.0);            // 200 + 50 + 100
        assertThat(y.background().sumW2()).isEqualTo(100 * 4 + 50 + 25 * 16.0);
        assertThat(y.simple().z()).isCloseTo(30 / Math.sqrt(350), within(1e-12));
    }

    @Test
    void tierTwoKeepsScoresAboveItsCut() {
        TierResult tier = tiers().get(2);
        assertThat(tier.scoreCut()).isEqualTo(2.0);
        assertThat(tier.cardBackgroundFraction()).isEqualTo(0.25);
        CutYield y = tier.yield();
        double s = 20;
        double b = 100;
        assertThat(y.signal().sumW()).isEqualTo(s);
        assertThat(y.background().sumW()).isEqualTo(b);
        assertThat(y.simple().z()).isCloseTo(2.0, within(1e-12));
        // σ_Z² = σ_s²/b + (s/(2 b^{3/2}))² σ_b², σ_s² = 20·0.25 + 5·4 = 25, σ_b² = 25·16 = 400
        double expectedError = Math.sqrt(25 / b + Math.pow(s / (2 * Math.pow(b, 1.5)), 2) * 400);
        assertThat(y.simple().error()).isCloseTo(expectedError, within(1e-12));
        double asimov = Math.sqrt(2 * ((s + b) * Math.log(1 + s / b) - s));
        assertThat(y.asimov().z()).isCloseTo(asimov, within(1e-12));
    }

    @Test
    void topTierWithoutBackgroundHasNoSignificance() {
        CutYield y = tiers().get(3).yield();
        assertThat(y.signal().sumW()).isEqualTo(10.0);
        assertThat(y.background().sumW()).isZero();
        assertThat(y.simple().isDefined()).isFalse();
        assertThat(y.asimov().isDefined()).isFalse();
    }

    @Test
    void metScanCutsInsideTheTier() {
        TierResult tier = tiers().get(1);
        // tier ≥ 1: background 50 (MET 10) + 100 (MET 200), signal 10 (MET 200) + 10 (MET 300)
        CutYield at100 = tier.metScan().get(4);
        assertThat(at100.cut()).isEqualTo(100.0);
        assertThat(at100.signal().sumW()).isEqualTo(20.0);
        assertThat(at100.background().sumW()).isEqualTo(100.0);
        CutYield at250 = tier.metScan().get(10);
        assertThat(at250.cut()).isEqualTo(250.0);
        assertThat(at250.signal().sumW()).isEqualTo(10.0);
        assertThat(at250.background().sumW()).isZero();
        assertThat(tier.metScan()).hasSize(TierResult.MET_CUTS_GEV.length);
    }
}
