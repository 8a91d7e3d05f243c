package org.adtrigger.trainer.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.util.List;
import java.util.Random;
import org.adtrigger.core.stats.RocCurve;
import org.adtrigger.core.stats.WeightedSample;
import org.junit.jupiter.api.Test;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYSeries;

/** What the plots and report call things: the method, three told-apart tier cuts, a bounded ROC axis. */
class ReportLabelsTest {

    @Test
    void theMethodIsTheFirstWordOfTheCardsArchitecture() {
        assertThat(MethodName.of(card("pca (k = 19 of 124 axes, 95.40 % of the weighted "
                + "variance) 124-19-124"))).isEqualTo("pca");
        assertThat(MethodName.of(card("ae-small (ae:150:relu:linear) 412-150-412")))
                .isEqualTo("ae-small");
        assertThat(MethodName.of(card(""))).isEqualTo("model");
    }

    private static org.adtrigger.core.model.ModelCard card(String architecture) {
        return ReportWriterTest.card(new double[] {1, 2, 3}, architecture);
    }

    @Test
    void theThreeTierCutsHaveTheirOwnLegendEntryAndDashPattern() {
        ScoredEvents background = new ScoredEvents();
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            background.add("zee", 1.0, Math.exp(random.nextGaussian() - 5), 40);
        }
        ScoredEvents signals = new ScoredEvents();
        signals.add("zprime2000", 0.01, 0.1, 300);

        XYChart chart = ScoreHistogramPlot.chart(background, signals, new double[] {1.2e-3, 1.4e-3, 1.6e-3});

        List<XYSeries> cuts = chart.getSeriesCollection().stream()
                .filter(s -> s.getName().startsWith("tier ")).toList();
        assertThat(cuts).extracting(XYSeries::getName)
                .containsExactly("tier 1: score > 0.00120", "tier 2: score > 0.00140", "tier 3: score > 0.00160");
        assertThat(cuts).extracting(s -> List.of(((BasicStroke) s.getLineStyle()).getDashArray()[0],
                s.getLineColor())).doesNotHaveDuplicates();
        assertThat(chart.getSeriesCollection()).noneMatch(s -> s.getName().contains("^"));
    }

    @Test
    void theRocCurveStopsAtOneValidationEventsShareOfTheBackground() {
        // 746 background events, the lightest 1000 times lighter than the rest: its ε_B is far below 1/746
        double[] bkgScores = new double[746];
        double[] bkgWeights = new double[746];
        for (int i = 0; i < bkgScores.length; i++) {
            bkgScores[i] = i;
            bkgWeights[i] = i == bkgScores.length - 1 ? 1e-3 : 1.0;
        }
        double[] sigScores = {800, 900};
        WeightedSample background = WeightedSample.of(bkgScores, bkgWeights);
        RocCurve roc = RocCurve.of(WeightedSample.of(sigScores, new double[] {1, 1}), background);

        List<RocSummary.RocPoint> curve = RocSummary.sampled(roc, 1.0 / 746);

        assertThat(curve.get(0).backgroundEfficiency()).isGreaterThanOrEqualTo(1.0 / 746);
        assertThat(RocSummary.of(WeightedSample.of(sigScores, new double[] {1, 1}), background).curve().get(0)
                .backgroundEfficiency()).isGreaterThanOrEqualTo(1.0 / 746);
    }

    @Test
    void texInTheHtmlIsTypeset() {
        assertThat(HtmlReport.tex("The pca model beats the E_T^miss baseline"))
                .isEqualTo("The pca model beats the <i>E</i><sub>T</sub><sup>miss</sup> baseline");
    }
}
