package org.adtrigger.streams.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Properties;
import java.util.stream.Collectors;

import org.adtrigger.schema.Event;
import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.errors.OutputSizeLimit;
import org.adtrigger.streams.testing.TestEvents;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;

class TopicTest {
    private static final Topic<byte[], Event> IN = AppTopics.events("in");
    private static final Topic<byte[], Event> OUT = AppTopics.events("out");

    @Test
    void aStreamReadsAndWritesWithTheTopicsSerdesAndNodeNames() {
        // no default serdes configured: a source or sink without the topic's serdes would fail
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(IN.name(), IN.consumed("in-source")).to(OUT.name(), OUT.produced("out-sink"));
        Topology topology = builder.build();

        TopologyDescription.Subtopology nodes = topology.describe().subtopologies().iterator().next();
        assertThat(nodes.nodes().stream().map(TopologyDescription.Node::name).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder("in-source", "out-sink");
        Event event = TestEvents.data(7, 42f);
        try (TopologyTestDriver driver = new TopologyTestDriver(topology, properties())) {
            TestInputTopic<byte[], Event> in = driver.createInputTopic(IN.name(), IN.keys().serializer(),
                    IN.values().serializer());
            TestOutputTopic<byte[], Event> out = driver.createOutputTopic(OUT.name(), OUT.keys().deserializer(),
                    OUT.values().deserializer());
            in.pipeInput(new byte[] {1, 2}, event);
            var record = out.readRecord();
            assertThat(record.key()).containsExactly(1, 2);
            assertThat(record.value()).isEqualTo(event);
        }
    }

    @Test
    void aRepartitionIsNamedForTheTopic() {
        Topic<String, String> partials = new Topic<>("partials", Serdes.String(), Serdes.String());
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream("src", new Topic<>("src", Serdes.String(), Serdes.String()).consumed("src-source"))
                .repartition(partials.repartitioned()).to("dst", partials.produced("dst-sink"));

        assertThat(builder.build().describe().toString()).contains("partials-repartition");
    }

    @Test
    void aLimitedTopicRefusesOversizedKeysAndValuesAndStillReads() {
        Topic<String, String> limited = new Topic<>("t", Serdes.String(), Serdes.String())
                .limitedBy(new OutputSizeLimit(4));

        assertThat(limited.name()).isEqualTo("t");
        assertThat(limited.values().serializer().serialize("t", "abcd")).hasSize(4);
        assertThatThrownBy(() -> limited.values().serializer().serialize("t", "abcde"))
                .isInstanceOf(OutputSizeLimit.TooLarge.class).hasMessageContaining("max.output.bytes");
        String longKey = "k".repeat(OutputSizeLimit.MAX_KEY_BYTES + 1);
        assertThatThrownBy(() -> limited.keys().serializer().serialize("t", longKey))
                .isInstanceOf(OutputSizeLimit.TooLarge.class).hasMessageContaining("key of");
        assertThat(limited.values().deserializer().deserialize("t", "abcdef".getBytes())).isEqualTo("abcdef");
    }

    @Test
    void rawValuesAndWithValuesKeepTheNameAndKeys() {
        Topic<byte[], byte[]> raw = IN.rawValues();
        byte[] encoded = TestEvents.encode(TestEvents.data(3, 1f));

        assertThat(raw.name()).isEqualTo("in");
        assertThat(raw.keys()).isSameAs(IN.keys());
        assertThat(raw.values().deserializer().deserialize("in", encoded)).isSameAs(encoded);
        var other = Serdes.serdeFrom(IN.values().serializer(), IN.values().deserializer());
        Topic<byte[], Event> rewrapped = IN.withValues(other);
        assertThat(rewrapped.name()).isEqualTo("in");
        assertThat(rewrapped.keys()).isSameAs(IN.keys());
        assertThat(rewrapped.values()).isSameAs(other);
    }

    private static Properties properties() {
        Properties p = new Properties();
        p.put(StreamsConfig.APPLICATION_ID_CONFIG, "topic-test");
        p.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        return p;
    }
}
