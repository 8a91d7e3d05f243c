package org.adtrigger.harness.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.stream.LongStream;

import org.assertj.core.data.Percentage;

import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void takesTheValueOfRankCeilingOfPTimesNOverAHundred() {
        // 1..1000 shuffled: rank ⌈p·n/100⌉ is the value itself
        long[] values = LongStream.rangeClosed(1, 1000).map(i -> (i * 7919) % 1000 + 1).toArray();
        Percentiles p = Percentiles.of(values);
        assertThat(p.count()).isEqualTo(1000);
        assertThat(p.at(50)).isEqualTo(500);
        assertThat(p.at(99)).isEqualTo(990);
        assertThat(p.at(99.9)).isEqualTo(999);
        assertThat(p.max()).isEqualTo(1000);
    }

    @Test
    void smallSamplesRoundTheRankUp() {
        Percentiles p = Percentiles.of(new long[] {30, 10, 20});
        assertThat(p.at(50)).isEqualTo(20);    // ⌈1.5⌉ = 2
        assertThat(p.at(33)).isEqualTo(10);    // ⌈0.99⌉ = 1
        assertThat(p.at(34)).isEqualTo(20);    // ⌈1.02⌉ = 2
        assertThat(p.at(99.9)).isEqualTo(30);  // ⌈2.997⌉ = 3
        assertThat(p.at(0.1)).isEqualTo(10);
    }

    @Test
    void aHighPercentileOfFewValuesIsTheLargest() {
        long[] values = new long[100];
        values[99] = 700;
        assertThat(Percentiles.of(values).at(99)).isZero();
        assertThat(Percentiles.of(values).at(99.9)).isEqualTo(700);
    }

    @Test
    void latenciesOfMinutesAreStillExact() {
        long[] values = LongStream.rangeClosed(1, 200).map(i -> Percentiles.EXACT_BELOW - i).toArray();
        Percentiles p = Percentiles.of(values);
        assertThat(p.at(50)).isEqualTo(Percentiles.EXACT_BELOW - 101);   // rank 100 of 200 ascending
        assertThat(p.max()).isEqualTo(Percentiles.EXACT_BELOW - 1);
    }

    @Test
    void beyondTheExactRangeAValueIsWithinAHundredThousandth() {
        long hour = 3_600_000;
        assertThat(Percentiles.of(new long[] {hour}).max()).isCloseTo(hour, Percentage.withPercentage(1e-3));
    }

    @Test
    void aClockStepBackCountsAsZero() {
        Percentiles p = Percentiles.of(new long[] {-3, 5});
        assertThat(p.at(50)).isZero();
        assertThat(p.max()).isEqualTo(5);
    }

    @Test
    void leavesTheCallersArrayAlone() {
        long[] values = {3, 1, 2};
        Percentiles.of(values);
        assertThat(values).containsExactly(3, 1, 2);
    }

    @Test
    void refusesEmptySamplesAndPercentagesOutsideTheRange() {
        assertThatThrownBy(() -> Percentiles.of(new long[0]).at(50)).isInstanceOf(IllegalStateException.class);
        Percentiles p = Percentiles.of(new long[] {1});
        assertThatThrownBy(() -> p.at(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(100.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> p.at(Double.NaN)).isInstanceOf(IllegalArgumentException.class);
    }
}
