package org.adtrigger.ingest.gen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AllocationTest {

    @Test
    void halfEquallyHalfByCrossSection() {
        // shares: 0.25 + 0.5·0.9 = 0.70 and 0.25 + 0.5·0.1 = 0.30
        assertThat(Allocation.split(1000, new double[] {9.0, 1.0}, Mix.BALANCED)).containsExactly(700, 300);
    }

    @Test
    void sigmaMixFollowsTheCrossSectionsAlone() {
        assertThat(Allocation.split(1000, new double[] {9.0, 1.0}, Mix.SIGMA)).containsExactly(900, 100);
        // 0.004 % of 1000 rounds to no event at all
        assertThat(Allocation.split(1000, new double[] {9.0, 0.9996, 0.0004}, Mix.SIGMA)).containsExactly(900, 100, 0);
    }

    @Test
    void countsAddUpExactlyAndRareProcessesGetTheirFloor() {
        double[] sigma = {41280, 1981, 1981, 37.9, 0.53, 0.0068, 3.3e-4};
        for (long total : new long[] {7, 99, 1000, 100_001}) {
            long[] counts = Allocation.split(total, sigma, Mix.BALANCED);
            assertThat(Arrays.stream(counts).sum()).isEqualTo(total);
            assertThat(counts[6]).isGreaterThanOrEqualTo((long) Math.floor(total * 0.5 / sigma.length));
        }
    }

    @Test
    void aSingleProcessTakesEverything() {
        assertThat(Allocation.split(12345, new double[] {0.001}, Mix.SIGMA)).containsExactly(12345);
    }
}
