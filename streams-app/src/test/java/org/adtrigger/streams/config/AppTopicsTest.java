package org.adtrigger.streams.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.testing.TestEvents;
import org.junit.jupiter.api.Test;

class AppTopicsTest {

    @Test
    void namesComeFromTheConfiguration() {
        TriggerConfig config = TriggerConfig.defaults().with(ConfigKey.TOPIC_EVENTS, "e")
                .with(ConfigKey.TOPIC_SCORED, "s").with(ConfigKey.TOPIC_ANOMALIES, "a")
                .with(ConfigKey.TOPIC_WINDOWS, "w").with(ConfigKey.TOPIC_DEAD_LETTERS, "d");
        AppTopics topics = new AppTopics(config);

        assertThat(topics.events().name()).isEqualTo("e");
        assertThat(topics.scored().name()).isEqualTo("s");
        assertThat(topics.anomalies().name()).isEqualTo("a");
        assertThat(topics.windows().name()).isEqualTo("w");
        assertThat(topics.deadLetters().name()).isEqualTo("d");
    }

    @Test
    void recordsKeepTheWireFormatTheAvroSerdesWrite() {
        AppTopics topics = new AppTopics(TriggerConfig.defaults());
        ScoredEvent scored = ScoredEvent.newBuilder().setRun(1).setEventNumber(2).setSample("data").setEventTimeMs(0)
                .setScore(1f).setTier(0).setModelId("m").setMetEt(0f).build();
        Event event = TestEvents.data(5, 3f);

        for (var topic : java.util.List.of(topics.scored(), topics.anomalies())) {
            byte[] bytes = topic.values().serializer().serialize(topic.name(), scored);
            assertThat(bytes).isEqualTo(AvroSerdes.scoredEvent().serializer().serialize(topic.name(), scored));
            assertThat(topic.values().deserializer().deserialize(topic.name(), bytes)).isEqualTo(scored);
        }
        assertThat(topics.events().values().serializer().serialize("events", event)).isEqualTo(TestEvents.encode(event));
        assertThat(topics.windows().keys().serializer().serialize("window-summaries", "ALL:all"))
                .isEqualTo("ALL:all".getBytes(StandardCharsets.UTF_8));
        assertThat(topics.deadLetters().keys().deserializer().deserialize("events.dlq", new byte[] {9}))
                .containsExactly(9);
    }
}
