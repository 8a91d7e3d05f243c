package org.adtrigger.trainer.thresholds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Random;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.ScoreScale;
import org.adtrigger.schema.TruthLabel;
import org.junit.jupiter.api.Test;

class ThresholdCalculatorTest {
    private static final int N = 20_000;
    private static final double LUMI_PB = 10_000;

    /** Exponential scores (mean 1) with weights 1 and 3 alternating: Σw = 2N = 40 000 events, 4 pb. */
    private static ValidationScores background() {
        Random random = new Random(5);
        float[] scores = new float[N];
        float[] weights = new float[N];
        TruthLabel[] labels = new TruthLabel[N];
        for (int i = 0; i < N; i++) {
            scores[i] = (float) -Math.log(1 - random.nextDouble());
            weights[i] = i % 2 == 0 ? 1 : 3;
            labels[i] = i % 3 == 0 ? TruthLabel.UNKNOWN : TruthLabel.BACKGROUND;
        }
        ValidationScores validation = new ValidationScores();
        validation.add(scores, weights, labels);
        return validation;
    }

    private static CardThresholds thresholds(ValidationScores scores, ScoreScale scale) {
        return ThresholdCalculator.compute(scores.backgroundScores(), scores.backgroundWeights(), scale, LUMI_PB);
    }

    @Test
    void signalEventsDoNotMoveTheThresholds() {
        ValidationScores withSignal = background();
        withSignal.add(new float[] {1e6f, 5e5f}, new float[] {1e6f, 1e6f},
                new TruthLabel[] {TruthLabel.SIGNAL, TruthLabel.SIGNAL});
        ModelCard.Thresholds clean = thresholds(background(), ScoreScale.SCORE).thresholds();
        ModelCard.Thresholds dirty = thresholds(withSignal, ScoreScale.SCORE).thresholds();

        assertThat(withSignal.signalEvents()).isEqualTo(2);
        assertThat(withSignal.backgroundEvents()).isEqualTo(N);
        assertThat(dirty).usingRecursiveComparison().isEqualTo(clean);
    }

    /**
     * The card's expected spectra: each background event in its masses' bins at every tier level up to its
     * own (tiers from the card's own cuts), as fractions of the whole Σw. Masses: m_ll
     * 1010 GeV for scores above 2, else 90 GeV; every event has m_ll, none m_jj.
     */
    @Test
    void expectedSpectraAreTheBackgroundsMassFractionsPerTier() {
        ValidationScores scores = background();
        double[] s = scores.backgroundScores();
        double[] w = scores.backgroundWeights();
        double[][] masses = new double[s.length][];
        for (int i = 0; i < s.length; i++) {
            double m = s[i] > 2 ? 1010 : 90;
            masses[i] = new double[] {m, Double.NaN, m};
        }
        ModelCard.Thresholds t = ThresholdCalculator.compute(s, w, masses, ScoreScale.SCORE, LUMI_PB).thresholds();

        double total = Arrays.stream(w).sum();
        for (int level = 0; level <= 3; level++) {
            double cut = level == 0 ? Double.NEGATIVE_INFINITY : t.tierCuts()[level - 1];
            double low = 0;
            double high = 0;
            for (int i = 0; i < s.length; i++) {
                if (s[i] > cut) {
                    low += s[i] > 2 ? 0 : w[i];
                    high += s[i] > 2 ? w[i] : 0;
                }
            }
            var mll = t.expectedSpectra().of(org.adtrigger.core.kinematics.LeadingMass.MLL, level).orElseThrow();
            assertThat(mll.fractions()[2]).as("level %d, [50, 100) GeV", level).isCloseTo(low / total, within(1e-12));
            assertThat(mll.fractions()[21]).as("level %d, [1000, 1050) GeV", level).isCloseTo(high / total, within(1e-12));
            assertThat(Arrays.stream(mll.fractions()).sum()).isCloseTo(t.tierPassFractions()[level], within(1e-9));
            var mjj = t.expectedSpectra().of(org.adtrigger.core.kinematics.LeadingMass.MJJ, level).orElseThrow();
            assertThat(Arrays.stream(mjj.fractions()).sum()).isZero();
        }
        assertThat(t.expectedSpectra().events()).isEqualTo(N);
    }

    @Test
    void negativeWeightsGiveFiniteThresholds() {
        Random random = new Random(8);
        double[] scores = new double[N];
        double[] weights = new double[N];
        for (int i = 0; i < N; i++) {
            scores[i] = -Math.log(1 - random.nextDouble());
            // one event in five is a negative-weight correction, concentrated in the tail where it hurts most
            weights[i] = i % 5 == 0 && scores[i] > 1 ? -1.0 : 1.0;
        }
        ModelCard.Thresholds t = ThresholdCalculator.compute(scores, weights, ScoreScale.LOG_SCORE, LUMI_PB)
                .thresholds();

        assertThat(t.median()).isFinite();
        assertThat(Arrays.stream(t.tierCuts())).allMatch(Double::isFinite);
        assertThat(t.tierCuts()).isSorted();
        assertThat(Arrays.stream(t.tierPassFractions())).allMatch(Double::isFinite);
        assertThat(t.efficiencyPoints()).hasSize(3).allSatisfy(wp -> {
            assertThat(wp.cut()).isFinite();
            assertThat(wp.backgroundPassFraction()).isFinite();
        });
        assertThat(t.crossSectionPoints()).allSatisfy(wp -> assertThat(wp.cut()).isFinite());
    }

    @Test
    void pointsWhoseNetTailWeightIsNotAboveItsErrorAreFlaggedInTheCardAndWarned() {
        // 1000 events of weight 1, 20 more above them, and at the very top one of weight −15
        double[] scores = new double[1021];
        double[] weights = new double[1021];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = i + 1;
            weights[i] = i == 1020 ? -15.0 : 1.0;
        }
        CardThresholds result = ThresholdCalculator.compute(scores, weights, ScoreScale.SCORE, LUMI_PB);

        assertThat(result.thresholds().efficiencyPoints()).hasSize(3)
                .allSatisfy(wp -> assertThat(wp.meaningful()).isFalse());
        assertThat(result.warnings()).filteredOn(w -> w.contains("statistically meaningless")).hasSize(3)
                .allSatisfy(w -> assertThat(w).contains("negative weights in the tail").contains(" ± "));
        // the same sample without the negative weight: short of events in the far tail, never meaningless
        weights[1020] = 1.0;
        assertThat(ThresholdCalculator.compute(scores, weights, ScoreScale.SCORE, LUMI_PB).warnings())
                .noneMatch(w -> w.contains("statistically meaningless"));
    }

    @Test
    void tiersFollowTheWeightedMedianAndPassFractionsFall() {
        CardThresholds result = thresholds(background(), ScoreScale.SCORE);
        ModelCard.Thresholds t = result.thresholds();

        // the median of an exponential with mean 1 is ln 2, the fraction above x is e^-x
        assertThat(t.median()).isCloseTo(Math.log(2), within(0.03));
        assertThat(t.tierPassFractions()[0]).isEqualTo(1.0);
        for (int i = 1; i <= 3; i++) {
            assertThat(t.tierCuts()[i - 1]).isCloseTo((1 + 0.2 * i) * t.median(), within(1e-12));
            assertThat(t.tierPassFractions()[i]).isCloseTo(Math.exp(-t.tierCuts()[i - 1]), within(0.015))
                    .isLessThan(t.tierPassFractions()[i - 1]);
        }
        assertThat(t.efficiencyPoints()).extracting(ModelCard.WorkingPoint::target)
                .containsExactly(1e-2, 1e-3, 1e-4);
        assertThat(t.efficiencyPoints().get(0).cut()).isCloseTo(Math.log(100), within(0.2));
        assertThat(result.tailPointIncluded()).isFalse();
        // 4 pb of background in all: the 10 pb point asks for more than there is and is left out
        assertThat(t.crossSectionPoints()).extracting(ModelCard.WorkingPoint::target).containsExactly(1.0, 0.1);
        assertThat(t.crossSectionPoints().get(0).backgroundPassFraction()).isCloseTo(0.25, within(0.01));
        assertThat(result.warnings()).anyMatch(w -> w.startsWith("eff_B = 1.0E-5 left out"))
                .anyMatch(w -> w.startsWith("10.0 pb left out"));

        // the quantile table the stream places operating points on: 20 000 events, weights 1 and 3, so
        // N_eff = (40 000)² / (10 000·1 + 10 000·9) = 16 000; 4 pb; its ε = 1e-2 row is the card's 1e-2 point
        ModelCard.BackgroundQuantiles table = t.backgroundQuantiles();
        assertThat(table.events()).isEqualTo(N);
        assertThat(table.effectiveEvents()).isCloseTo(16_000, within(1e-6));
        assertThat(table.crossSectionPb()).isCloseTo(4.0, within(1e-9));
        ModelCard.QuantileRow row = table.rows().get(39);
        assertThat(row.cut()).isEqualTo(t.efficiencyPoints().get(0).cut());
        assertThat(row.efficiency()).isEqualTo(t.efficiencyPoints().get(0).backgroundPassFraction());
        assertThat(table.rows().get(table.rows().size() - 1).eventsAbove()).isPositive();
    }

    @Test
    void logScoreTiersAreCutsOnTheScore() {
        ModelCard.Thresholds t = thresholds(background(), ScoreScale.LOG_SCORE).thresholds();

        assertThat(t.space()).isEqualTo("LOG_SCORE");
        double m = t.median();
        for (int i = 1; i <= 3; i++) {
            assertThat(t.tierCuts()[i - 1]).isCloseTo(Math.exp(m + 0.2 * i * Math.abs(m)), within(1e-12));
        }
        assertThat(Arrays.stream(t.tierPassFractions()).skip(1)).allMatch(f -> f > 0 && f < 1);
    }
}
