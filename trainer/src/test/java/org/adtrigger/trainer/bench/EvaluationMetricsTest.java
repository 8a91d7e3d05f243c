package org.adtrigger.trainer.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The benchmark reads undefined figures as NaN, as the report's metrics.json writes them as null. */
class EvaluationMetricsTest {
    @Test
    void anUndefinedNumberIsNaNAndAFiniteOneStaysAsItIs() {
        assertThat(EvaluationMetrics.defined(Double.POSITIVE_INFINITY)).isNaN();
        assertThat(EvaluationMetrics.defined(Double.NEGATIVE_INFINITY)).isNaN();
        assertThat(EvaluationMetrics.defined(Double.NaN)).isNaN();
        assertThat(EvaluationMetrics.defined(0.98399)).isEqualTo(0.98399);
    }
}
