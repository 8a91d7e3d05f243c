package org.adtrigger.trainer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.adtrigger.core.model.ModelCard;
import org.junit.jupiter.api.Test;

/** The per-signal figures on scored samples whose answers are known by construction. */
class SignalReportTest {
    private static final ModelCard.Thresholds NO_TIERS = new ModelCard.Thresholds("SCORE", 1.0, new double[0],
            new double[] {1.0}, List.of(), List.of());

    @Test
    void perfectlySeparatedScoresGiveAucOneAndFullEfficiency() {
        // background scores 0.001..1.000, signal 2..3: every cut that keeps any signal keeps no background;
        // E_T^miss is identical in both, so the baseline cannot separate them
        ScoredEvents background = SyntheticScores.linear("bkg", 1000, 0.001, 0.001, 50, 2.0);
        ScoredEvents signal = SyntheticScores.linear("sig", 100, 2.0, 0.01, 50, 0.5);

        SignalReport report = SignalReport.of("sig", signal, background, NO_TIERS, "ae-small");

        assertThat(report.autoencoder().auc()).isCloseTo(1.0, within(1e-12));
        assertThat(report.autoencoder().e10()).isCloseTo(1.0, within(1e-12));
        assertThat(report.autoencoder().signalEfficiencyAt(1e-3)).isCloseTo(1.0, within(1e-12));
        assertThat(report.autoencoder().workingPoints().get(1).significanceImprovement())
                .isCloseTo(1.0 / Math.sqrt(1e-3), within(1e-9));
        assertThat(report.metBaseline().auc()).isCloseTo(0.5, within(1e-12));
        assertThat(report.beatsOnAuc()).isTrue();
        assertThat(report.beatsAtMilli()).isTrue();
        assertThat(report.verdict()).startsWith("The ae-small model beats the E_T^miss baseline on both counts")
                .contains("AUC 1.000 vs 0.500");
    }

    @Test
    void workingPointsCountTheBackgroundLeftAboveTheirCut() {
        // 1000 equal-weight background scores 1..1000: Hazen positions (i − ½)/1000, so the ε_B = 1e-2 cut is the
        // 0.99 quantile 990.5 (events 991..1000 above: 10, just enough), 1e-3 → 999.5 (1 event), 1e-4 → the
        // largest score, 1000 (none strictly above)
        ScoredEvents background = SyntheticScores.linear("bkg", 1000, 1.0, 1.0, 0, 1.0);
        ScoredEvents signal = SyntheticScores.linear("sig", 10, 2000.0, 1.0, 0, 1.0);

        RocSummary roc = SignalReport.of("sig", signal, background, NO_TIERS, "ae-small").autoencoder();

        assertThat(roc.workingPoints()).extracting(RocSummary.WorkingPointEfficiency::backgroundEventsAbove)
                .containsExactly(10, 1, 0);
        assertThat(roc.workingPoints()).extracting(RocSummary.WorkingPointEfficiency::sufficientStatistics)
                .containsExactly(true, false, false);
    }

    @Test
    void identicalDistributionsGiveAucOneHalf() {
        ScoredEvents background = SyntheticScores.linear("bkg", 500, 0.01, 0.01, 0, 3.0);
        SyntheticScores.append(background, "bkg", 500, 0.01, 0.01, 0, 1.0);
        ScoredEvents signal = SyntheticScores.linear("sig", 500, 0.01, 0.01, 0, 7.0);

        SignalReport report = SignalReport.of("sig", signal, background, NO_TIERS, "ae-small");

        assertThat(report.autoencoder().auc()).isCloseTo(0.5, within(1e-12));
        assertThat(report.autoencoder().e10()).isCloseTo(0.1, within(1e-3));
        assertThat(report.beatsOnAuc()).isFalse();
    }

    @Test
    void metBaselineWinsWhenOnlyMetSeparates() {
        // same scores, but the signal has E_T^miss 400 GeV against 20 GeV
        ScoredEvents background = SyntheticScores.linear("bkg", 1000, 0.001, 0.001, 20, 1.0);
        ScoredEvents signal = SyntheticScores.linear("sig", 1000, 0.001, 0.001, 400, 1.0);

        SignalReport report = SignalReport.of("sig", signal, background, NO_TIERS, "ae-small");

        assertThat(report.metBaseline().auc()).isCloseTo(1.0, within(1e-12));
        assertThat(report.beatsOnAuc()).isFalse();
        assertThat(report.beatsAtMilli()).isFalse();
        assertThat(report.verdict()).startsWith("The E_T^miss baseline beats the ae-small model on both counts");
    }

    @Test
    void rocCurveForPlotsStartsAtTheSmallestResolvedBackgroundEfficiency() {
        ScoredEvents background = SyntheticScores.linear("bkg", 1000, 0.001, 0.001, 0, 1.0);
        ScoredEvents signal = SyntheticScores.linear("sig", 1000, 0.0015, 0.001, 0, 1.0);

        RocSummary roc = SignalReport.of("sig", signal, background, NO_TIERS, "ae-small").autoencoder();

        assertThat(roc.curve().get(0).backgroundEfficiency()).isCloseTo(1e-3, within(1e-12));
        assertThat(roc.curve().get(roc.curve().size() - 1).backgroundEfficiency()).isEqualTo(1.0);
        assertThat(roc.curve()).extracting(RocSummary.RocPoint::backgroundEfficiency).isSorted();
    }
}
