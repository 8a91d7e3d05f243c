package org.adtrigger.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RateBudgetCutsTest {

    @Test
    void startsAtTheTightestUsableCutThenKeepsTheBudgetAtTheMeasuredRate() {
        RateBudgetCuts cuts = new RateBudgetCuts(CardCutsTest.TABLE, 20.0, 0.05);
        assertThat(cuts.current().passFraction()).isCloseTo(2.5e-4, within(1e-12));
        assertThat(cuts.basisHz()).isNaN();
        // 20 Hz of 2 000 Hz: ε = 1e-2
        assertThat(cuts.onInputRate(2000.0)).isTrue();
        assertThat(cuts.current().passFraction()).isCloseTo(0.01, within(1e-12));
        assertThat(cuts.current().description()).startsWith("rate budget 20.00 Hz (input 2000 Hz): eff_B 0.0100");
    }

    @Test
    void smallChangesOfTheRateKeepTheCutLargerOnesRederiveIt() {
        RateBudgetCuts cuts = new RateBudgetCuts(CardCutsTest.TABLE, 20.0, 0.05);
        cuts.onInputRate(2000.0);
        AcceptCut first = cuts.current();
        assertThat(cuts.onInputRate(2090.0)).isFalse();
        assertThat(cuts.onInputRate(1910.0)).isFalse();
        assertThat(cuts.current()).isSameAs(first);
        assertThat(cuts.onInputRate(1000.0)).isTrue();
        assertThat(cuts.current().passFraction()).isCloseTo(0.02, within(1e-12));
        assertThat(cuts.basisHz()).isEqualTo(1000.0);
        assertThat(cuts.onInputRate(0.0)).isFalse();
        assertThat(cuts.onInputRate(Double.NaN)).isFalse();
    }

    @Test
    void limits() {
        RateBudgetCuts cuts = new RateBudgetCuts(CardCutsTest.TABLE, 20.0, 0.0);
        cuts.onInputRate(10.0);
        assertThat(cuts.current().cut()).isEqualTo(Double.NEGATIVE_INFINITY);
        // 20 Hz of 1 MHz would be ε = 2e-5, below the 2.5e-4 the 40 000 events support
        cuts.onInputRate(1e6);
        assertThat(cuts.current().passFraction()).isCloseTo(2.5e-4, within(1e-12));
        assertThat(cuts.current().description()).contains("budget needs eff_B 2.00e-05 below the smallest usable");
    }
}
