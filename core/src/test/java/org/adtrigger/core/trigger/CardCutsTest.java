package org.adtrigger.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.rmm.RmmOptions;
import org.junit.jupiter.api.Test;

class CardCutsTest {
    /** 40 000 equal-weight background events, exponential scores, normalised to 10 pb⁻¹: 4 000 pb in all. */
    static final ModelCard.BackgroundQuantiles TABLE = BackgroundTail.table(BackgroundTailTest.exponential(40_000, 1.0), 10.0);

    static ModelCard card(ModelCard.BackgroundQuantiles table) {
        return new ModelCard(1, "m", new ModelCard.Features("T4N6655", RmmOptions.DEFAULTS, 529, new int[] {0}),
                "none", "a", "NONE", new ModelCard.Score("MSE", false, "score"),
                new ModelCard.Thresholds("SCORE", 0.69, new double[] {0.83, 0.97, 1.1}, new double[] {1.0, 0.44, 0.38, 0.33},
                        List.of(), List.of(), table),
                new ModelCard.Provenance(List.of(), 1, 1, 0, 0, 160_000, 40_000, 10, "now", "0"));
    }

    @Test
    void aTierIsTheCardsTierCutWithItsPassFraction() {
        AcceptCut tier1 = new CardCuts(card(null)).fixed(OperatingPoint.parse("tier:1"));
        assertThat(tier1.cut()).isEqualTo(0.83);
        assertThat(tier1.passFraction()).isEqualTo(0.44);
        // old card: the provenance's validation count; √(0.44·0.56/40 000) = 0.002482
        assertThat(tier1.passFractionError()).isCloseTo(0.002482, within(1e-6));
        AcceptCut all = new CardCuts(card(null)).fixed(OperatingPoint.parse("tier:0"));
        assertThat(all.accepts(Double.NaN)).isTrue();
        assertThat(all.passFraction()).isEqualTo(1.0);
    }

    @Test
    void efficiencyAndCrossSectionComeFromTheTable() {
        CardCuts cuts = new CardCuts(card(TABLE));
        AcceptCut eff = cuts.fixed(OperatingPoint.parse("1e-3"));
        assertThat(eff.passFraction()).isCloseTo(1e-3, within(1e-12));
        assertThat(eff.eventsBehind()).isEqualTo(40);
        assertThat(eff.cut()).isCloseTo(-Math.log(1e-3), within(0.05));
        // 1 pb of 4 000 pb: ε = 2.5e-4, 10 events above
        AcceptCut pb = cuts.fixed(OperatingPoint.parse("1pb"));
        assertThat(pb.passFraction()).isCloseTo(2.5e-4, within(1e-12));
        assertThat(pb.description()).startsWith("1.00 pb (eff_B 0.000250 of 4000 pb)");
    }

    @Test
    void aPointTooThinForTheValidationSampleIsRefusedInOneLineNamingItsStatistics() {
        CardCuts cuts = new CardCuts(card(TABLE));
        assertThatThrownBy(() -> cuts.fixed(OperatingPoint.parse("1e-6")))
                .hasMessage("operating point eff_B 1.00e-06 refused: model card m has 40000 validation background events, "
                        + "0.040 expected above such a cut, 10 needed; the smallest usable eff_B is 0.000250");
        assertThatThrownBy(() -> cuts.fixed(OperatingPoint.parse("5000pb"))).hasMessageContaining("the whole background of model card m is 4000 pb");
    }

    @Test
    void aCardWithoutTheTableServesTiersOnly() {
        CardCuts cuts = new CardCuts(card(null));
        for (String point : new String[] {"1e-3", "1pb"}) {
            assertThatThrownBy(() -> cuts.fixed(OperatingPoint.parse(point)))
                    .hasMessageContaining("refused: model card m has no background quantile table (written before it)");
        }
        assertThatThrownBy(() -> cuts.rateBudget(new OperatingPoint.RateBudget(20))).hasMessageContaining("no background quantile table");
    }
}
