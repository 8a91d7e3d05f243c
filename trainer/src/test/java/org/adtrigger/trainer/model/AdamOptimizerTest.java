package org.adtrigger.trainer.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

class AdamOptimizerTest {
    @Test
    void firstTwoStepsMatchTheAdamFormulas() {
        INDArray p = Nd4j.createFromArray(1f, -2f);
        AdamOptimizer adam = new AdamOptimizer();

        adam.step(Map.of("p", p), gradient(0.5f, -4f), 0.1);
        // step 1: m̂ = g, v̂ = g², so each parameter moves by lr·sign(g)
        assertThat(p.getDouble(0)).isCloseTo(0.9, within(1e-6));
        assertThat(p.getDouble(1)).isCloseTo(-1.9, within(1e-6));

        adam.step(Map.of("p", p), gradient(-0.25f, -4f), 0.1);
        // first cell: m = 0.9·0.05 − 0.025 = 0.02, m̂ = 0.02/0.19; v = 0.999·0.00025 + 0.001·0.0625,
        // v̂ = v/(1 − 0.999²); update = 0.1·m̂/√v̂
        double m = 0.02 / 0.19;
        double v = (0.999 * 0.00025 + 0.001 * 0.0625) / (1 - 0.999 * 0.999);
        assertThat(p.getDouble(0)).isCloseTo(0.9 - 0.1 * m / Math.sqrt(v), within(1e-6));
        // second cell: constant gradient keeps m̂/√v̂ = 1
        assertThat(p.getDouble(1)).isCloseTo(-1.8, within(1e-6));
    }

    private static Map<String, INDArray> gradient(float... values) {
        Map<String, INDArray> g = new HashMap<>();
        g.put("p", Nd4j.createFromArray(values));
        return g;
    }
}
