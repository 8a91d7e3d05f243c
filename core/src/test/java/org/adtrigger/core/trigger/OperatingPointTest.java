package org.adtrigger.core.trigger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class OperatingPointTest {

    @Test
    void readsEachSpelling() {
        assertThat(OperatingPoint.parse("tier:1")).isEqualTo(new OperatingPoint.Tier(1));
        assertThat(OperatingPoint.parse("TIER3")).isEqualTo(new OperatingPoint.Tier(3));
        assertThat(OperatingPoint.parse("1e-3")).isEqualTo(new OperatingPoint.Efficiency(1e-3));
        assertThat(OperatingPoint.parse("0.01")).isEqualTo(new OperatingPoint.Efficiency(0.01));
        assertThat(OperatingPoint.parse("1pb")).isEqualTo(new OperatingPoint.CrossSection(1.0));
        assertThat(OperatingPoint.parse("500 fb")).isEqualTo(new OperatingPoint.CrossSection(0.5));
        assertThat(OperatingPoint.parse("2nb")).isEqualTo(new OperatingPoint.CrossSection(2000.0));
        assertThat(OperatingPoint.parse("20Hz")).isEqualTo(new OperatingPoint.RateBudget(20.0));
        assertThat(OperatingPoint.parse("1.5kHz")).isEqualTo(new OperatingPoint.RateBudget(1500.0));
    }

    @Test
    void specReadsBack() {
        for (String s : new String[] {"tier:2", "0.001", "1pb", "20Hz"}) {
            OperatingPoint p = OperatingPoint.parse(s);
            assertThat(OperatingPoint.parse(p.spec())).isEqualTo(p);
        }
    }

    @Test
    void refusesWhatIsNoneOfThemInOneLine() {
        assertThatThrownBy(() -> OperatingPoint.parse("tier:4")).hasMessage("operating point 'tier:4': tier must be 0..3, got 4");
        assertThatThrownBy(() -> OperatingPoint.parse("1.5")).hasMessageContaining("background efficiency must be in (0, 1)");
        assertThatThrownBy(() -> OperatingPoint.parse("0pb")).hasMessageContaining("cross section must be positive");
        assertThatThrownBy(() -> OperatingPoint.parse("fast")).hasMessageStartingWith("operating point 'fast' is none of")
                .hasMessageNotContaining("\n");
    }
}
