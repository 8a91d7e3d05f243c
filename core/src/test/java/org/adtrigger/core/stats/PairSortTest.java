package org.adtrigger.core.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PairSortTest {

    @Test
    void sortsKeysAndCarriesCompanionsOnALargeArray() {
        Random rng = new Random(7);
        int n = 100_003;
        double[] keys = new double[n];
        double[] companion = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = rng.nextGaussian();
            companion[i] = 3.0 * keys[i] + 1.0;
        }
        double[] expected = keys.clone();
        Arrays.sort(expected);

        PairSort.sort(keys, companion);

        assertThat(keys).containsExactly(expected);
        for (int i = 0; i < n; i++) {
            assertThat(companion[i]).isEqualTo(3.0 * keys[i] + 1.0);
        }
    }

    @Test
    void equalKeysKeepTheirInputOrder() {
        int n = 1000;
        double[] keys = new double[n];
        double[] order = new double[n];
        for (int i = 0; i < n; i++) {
            keys[i] = (n - i) % 3;
            order[i] = i;
        }
        PairSort.sort(keys, order);
        for (int i = 1; i < n; i++) {
            if (keys[i] == keys[i - 1]) {
                assertThat(order[i]).isGreaterThan(order[i - 1]);
            }
        }
    }
}
