package org.adtrigger.streams.topology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.streams.config.ConfigKey;
import org.adtrigger.streams.config.TriggerConfig;
import org.adtrigger.streams.processors.NodeNames;
import org.adtrigger.streams.testing.MetScorer;
import org.adtrigger.streams.testing.TestCards;
import org.apache.kafka.streams.TopologyDescription;
import org.junit.jupiter.api.Test;

class TopologyShapeTest {

    @Test
    void scoringAndWindowingAreTwoSubTopologiesJoinedByOneRepartitionTopic() {
        TopologyDescription description = AnomalyTopology.build(TriggerConfig.defaults(), TestCards.card("none"),
                () -> new MetScorer(TestCards.LAYOUT, 512, n -> { }), new SimpleMeterRegistry()).describe();

        assertThat(description.subtopologies()).hasSize(2);
        Set<String> sources = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Source)
                .flatMap(n -> ((TopologyDescription.Source) n).topicSet().stream()).collect(Collectors.toSet());
        assertThat(sources).containsExactlyInAnyOrder("events", "window-partials-repartition");
        Set<String> stores = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
                .filter(n -> n instanceof TopologyDescription.Processor)
                .flatMap(n -> ((TopologyDescription.Processor) n).stores().stream()).collect(Collectors.toSet());
        assertThat(stores).containsExactlyInAnyOrder("score-pre-commit", "window-tallies", "window-clock");
    }

    @Test
    void anEventPassesTheSourceIntakeScoringAndItsSinksOnly() {
        TopologyDescription description = AnomalyTopology.build(TriggerConfig.defaults(), TestCards.card("none"),
                () -> new MetScorer(TestCards.LAYOUT, 512, n -> { }), new SimpleMeterRegistry()).describe();
        Map<String, TopologyDescription.Node> nodes = description.subtopologies().stream().flatMap(s -> s.nodes().stream())
                .collect(Collectors.toMap(TopologyDescription.Node::name, n -> n));

        assertThat(successors(nodes.get(NodeNames.SOURCE))).containsExactly(NodeNames.INTAKE);
        assertThat(successors(nodes.get(NodeNames.INTAKE))).containsExactlyInAnyOrder(NodeNames.SCORE, NodeNames.INTAKE_DEAD_LETTERS);
        assertThat(successors(nodes.get(NodeNames.SCORE))).containsExactlyInAnyOrder(NodeNames.SCORED, NodeNames.ANOMALIES,
                NodeNames.SCORE_DEAD_LETTERS, NodeNames.WINDOW_UPDATES);
        assertThat(nodes.get(NodeNames.SCORED)).isInstanceOf(TopologyDescription.Sink.class);
        assertThat(nodes.get(NodeNames.ANOMALIES)).isInstanceOf(TopologyDescription.Sink.class);
    }

    private static Set<String> successors(TopologyDescription.Node node) {
        return node.successors().stream().map(TopologyDescription.Node::name).collect(Collectors.toSet());
    }

    @Test
    void refusesACardWithAnUnknownSelectionPreset() {
        assertThatThrownBy(() -> AnomalyTopology.build(TriggerConfig.defaults(), TestCards.card("no-such-preset"),
                () -> new MetScorer(TestCards.LAYOUT, 512, n -> { }), new SimpleMeterRegistry()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no-such-preset");
    }

    @Test
    void refusesAnOperatingPointTheCardCannotSupportInOneLine() {
        TriggerConfig thin = TriggerConfig.defaults().with(ConfigKey.ANOMALY_OPERATING_POINT, "1e-6");
        assertThatThrownBy(() -> AnomalyTopology.build(thin, TestCards.cardWithTable(),
                () -> new MetScorer(TestCards.LAYOUT, 512, n -> { }), new SimpleMeterRegistry()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("operating point eff_B 1.00e-06 refused: model card test-model has 10000 validation background "
                        + "events, 0.010 expected above such a cut, 10 needed; the smallest usable eff_B is 0.00100");
        TriggerConfig budget = TriggerConfig.defaults().with(ConfigKey.ANOMALY_OPERATING_POINT, "20Hz");
        assertThatThrownBy(() -> AnomalyTopology.build(budget, TestCards.card("none"),
                () -> new MetScorer(TestCards.LAYOUT, 512, n -> { }), new SimpleMeterRegistry()))
                .hasMessageContaining("operating point 20.00Hz refused: model card test-model has no background quantile table");
    }
}
