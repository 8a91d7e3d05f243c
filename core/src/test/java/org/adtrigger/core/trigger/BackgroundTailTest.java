package org.adtrigger.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.stats.WeightedSample;
import org.junit.jupiter.api.Test;

class BackgroundTailTest {

    /** Scores of an exponential background: the i-th of n at −ln(1 − (i + ½)/n), so a fraction ε lies above −ln ε. */
    static WeightedSample exponential(int n, double weight) {
        double[] scores = new double[n];
        double[] weights = new double[n];
        for (int i = 0; i < n; i++) {
            scores[i] = -Math.log(1.0 - (i + 0.5) / n);
            weights[i] = weight;
        }
        return WeightedSample.of(scores, weights);
    }

    @Test
    void rowsFollowTheGridDownToTheLastEventAndCountTheEventsAbove() {
        ModelCard.BackgroundQuantiles table = BackgroundTail.table(exponential(10_000, 0.5), 10.0);
        assertThat(table.events()).isEqualTo(10_000);
        assertThat(table.effectiveEvents()).isCloseTo(10_000, within(1e-6));
        assertThat(table.crossSectionPb()).isCloseTo(500.0, within(1e-9)); // 10 000 × 0.5 / 10 pb⁻¹
        List<ModelCard.QuantileRow> rows = table.rows();
        // Hazen positions (i + ½)/n: the top event sits at 1 − 5e-5, so every ε above 5e-5 (k = 1..86, down to
        // 10^(−4.3) = 5.01e-5) keeps it above the cut, and 10^(−4.35) does not
        assertThat(rows).hasSize(86);
        assertThat(rows.get(85).eventsAbove()).isEqualTo(1);
        ModelCard.QuantileRow at1e3 = rows.get(59);
        assertThat(at1e3.efficiency()).isCloseTo(1e-3, within(1e-4));
        assertThat(at1e3.eventsAbove()).isEqualTo(10);
        assertThat(at1e3.cut()).isCloseTo(-Math.log(1e-3), within(0.1));
        assertThat(rows.stream().mapToDouble(ModelCard.QuantileRow::cut).toArray()).isSorted();
    }

    @Test
    void aCutBetweenRowsPassesTheRequestedFractionToWellUnderAPercent() {
        WeightedSample background = exponential(200_000, 1.0);
        ModelCard.BackgroundQuantiles table = BackgroundTail.table(background, 1.0);
        for (double eff : new double[] {0.37, 0.0123, 0.0031, 7.7e-4}) {
            AcceptCut cut = BackgroundTail.cutAt(table, eff, "");
            assertThat(cut.passFraction()).isEqualTo(eff);
            assertThat(background.fractionAbove(cut.cut()) / eff).as("ε %s", eff).isCloseTo(1.0, within(0.01));
        }
    }

    @Test
    void edgesOfTheTable() {
        ModelCard.BackgroundQuantiles table = BackgroundTail.table(exponential(1000, 1.0), 1.0);
        assertThat(BackgroundTail.cutAt(table, 1.0, "").cut()).isEqualTo(Double.NEGATIVE_INFINITY);
        ModelCard.QuantileRow first = table.rows().get(0);
        assertThat(BackgroundTail.cutAt(table, 0.95, "").cut()).isEqualTo(first.cut());
        ModelCard.QuantileRow last = table.rows().get(table.rows().size() - 1);
        AcceptCut tiny = BackgroundTail.cutAt(table, 1e-7, "");
        assertThat(tiny.cut()).isEqualTo(last.cut());
        assertThat(tiny.eventsBehind()).isEqualTo(last.eventsAbove()).isLessThan(10);
        // 10 events above: ε = 1e-2 of 1000 events
        assertThat(BackgroundTail.smallestUsableEfficiency(table, 10)).isCloseTo(1e-2, within(1e-9));
    }
}
