package org.adtrigger.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Properties;

import org.apache.kafka.streams.StreamsConfig;
import org.adtrigger.core.trigger.OperatingPoint;
import org.junit.jupiter.api.Test;

class TriggerConfigTest {

    @Test
    void defaultsMatchTheDesign() {
        TriggerConfig c = TriggerConfig.defaults();
        assertThat(c.batchSize()).isEqualTo(512);
        assertThat(c.batchMaxDelay()).isEqualTo(Duration.ofMillis(20));
        assertThat(c.eventsTopic()).isEqualTo("events");
        assertThat(c.deadLetterTopic()).isEqualTo("events.dlq");
        assertThat(c.scoredTopic()).isEqualTo("scored-events");
        assertThat(c.anomaliesTopic()).isEqualTo("anomalies");
        assertThat(c.windowsTopic()).isEqualTo("window-summaries");
        assertThat(c.streamsProperties()).containsEntry(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, "exactly_once_v2");
    }

    @Test
    void readsPropertiesIgnoresOtherComponentsKeysAndPassesKafkaOverridesThrough() {
        Properties p = new Properties();
        p.setProperty("batch.size", " 64 ");
        p.setProperty("window.size.ms", "10000");
        p.setProperty("model.path", "/models/ae.onnx");
        p.setProperty("kafka.security.protocol", "SSL");
        p.setProperty("kafka.commit.interval.ms", "250");

        TriggerConfig c = TriggerConfig.from(p);
        Properties streams = c.streamsProperties();

        assertThat(c.batchSize()).isEqualTo(64);
        assertThat(c.windowSize()).isEqualTo(Duration.ofSeconds(10));
        assertThat(streams).containsEntry("security.protocol", "SSL").containsEntry("commit.interval.ms", "250")
                .doesNotContainKey("model.path");
        assertThat(streams).containsEntry(StreamsConfig.POLL_MS_CONFIG, "20");
    }

    @Test
    void rejectsInvalidValuesNamingTheKey() {
        Properties p = new Properties();
        p.setProperty("batch.size", "0");
        assertThatThrownBy(() -> TriggerConfig.from(p)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("batch.size").hasMessageContaining("'0'");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.ANOMALY_MIN_TIER, "4"))
                .hasMessageContaining("anomaly.min.tier");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.PROCESSING_GUARANTEE, "exactly_once"))
                .hasMessageContaining("processing.guarantee");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.REPLICATION_FACTOR, "0"))
                .hasMessageContaining("replication.factor");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.WINDOW_SIZE_MS, "1e3"))
                .hasMessageContaining("window.size.ms");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.MAX_OBJECTS, "0"))
                .hasMessageContaining("max.objects");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.MAX_RECORD_BYTES, "2GB"))
                .hasMessageContaining("max.record.bytes");
    }

    @Test
    void theOperatingPointDefaultsToTheMinimumTierAndIsCheckedWhenSet() {
        assertThat(TriggerConfig.defaults().operatingPoint()).isEqualTo(new OperatingPoint.Tier(1));
        assertThat(TriggerConfig.defaults().with(ConfigKey.ANOMALY_MIN_TIER, "3").operatingPoint())
                .isEqualTo(new OperatingPoint.Tier(3));
        assertThat(TriggerConfig.defaults().with(ConfigKey.ANOMALY_OPERATING_POINT, "20Hz").operatingPoint())
                .isEqualTo(new OperatingPoint.RateBudget(20));
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.ANOMALY_OPERATING_POINT, "fast"))
                .hasMessageStartingWith("config anomaly.operating.point: expected empty, tier:N");
        assertThatThrownBy(() -> TriggerConfig.defaults().with(ConfigKey.ANOMALY_RATE_HYSTERESIS, "2"))
                .hasMessageContaining("anomaly.rate.hysteresis");
    }

    @Test
    void everyKeyHasADefaultThatValidatesAndARowInTheReadmeTable() {
        String table = ConfigKey.markdownTable();
        for (ConfigKey key : ConfigKey.values()) {
            key.validate(key.defaultValue());
            assertThat(key.description()).isNotBlank();
            assertThat(table).contains("| `" + key.key() + "` |");
        }
        assertThat(table).as("no machine-specific path").contains("| `<java.io.tmpdir>/adtrigger-streams` |");
    }

    @Test
    void listsTheTopicsToCreateWithThePartitionCount() {
        TriggerConfig c = TriggerConfig.defaults().with(ConfigKey.TOPIC_PARTITIONS, "3");
        assertThat(c.topicsToCreate()).containsOnlyKeys("events", "events.dlq", "scored-events", "anomalies",
                "window-summaries").allSatisfy((topic, partitions) -> assertThat(partitions).isEqualTo(3));
    }
}
