package org.adtrigger.streams.ops;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PromQlMetricNamesTest {
    @Test
    void keepsMetricsAndDropsFunctionsAggregationsLabelsAndRanges() {
        assertThat(PromQlMetricNames.of("sum by (instance) (rate(a_total{reason=\"DESERIALIZATION\"}[5m]))"
                + " / sum(rate(b_total[$__rate_interval])) > 0.01"))
                .containsExactly("a_total", "b_total");
    }

    @Test
    void histogramQuantileReadsTheBuckets() {
        assertThat(PromQlMetricNames.of("histogram_quantile(0.99, sum by (instance, le) (rate(x_seconds_bucket[5m]))) > 0.05"))
                .containsExactly("x_seconds_bucket");
    }

    @Test
    void vectorMatchingLabelListsAreNotMetrics() {
        assertThat(PromQlMetricNames.of("sum by (tier) (rate(t_total[1m])) / ignoring(tier) group_left sum(rate(s_total[1m]))"))
                .containsExactly("s_total", "t_total");
        assertThat(PromQlMetricNames.of("a and on(instance) b unless c"))
                .containsExactly("a", "b", "c");
    }

    @Test
    void regexMatchersSubqueriesNumbersAndOffsetsAreSkipped() {
        assertThat(PromQlMetricNames.of("max(lag{client_id=~\".+-StreamThread-[0-9]+-consumer\"}) > 1e4"
                + " and deriv(max by (instance) (lag)[10m:1m]) > 0 or up offset 5m == 0"))
                .containsExactly("lag", "up");
    }

    @Test
    void stringArgumentsAndGrafanaVariablesAreSkipped() {
        assertThat(PromQlMetricNames.of("label_replace(m{job=\"$job\"}, \"dst\", \"$1\", \"src\", \"(.*)\") * ${factor}"))
                .containsExactly("m");
    }

    @Test
    void refusesSelectorsByName() {
        assertThatThrownBy(() -> PromQlMetricNames.of("{__name__=~\"adtrigger_.*\"}"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("__name__");
    }
}
