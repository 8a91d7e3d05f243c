package org.adtrigger.streams.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class KeyCheckTest {
    private final KeyCheck check = new KeyCheck(KeyCheck.allKeys());

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "batch.size",
            "http.port",
            "kafka.security.protocol",
            "kafka.num.standby.replicas",
            "kafka.producer.linger.ms",
            "kafka.consumer.max.poll.records",
            "kafka.main.consumer.fetch.max.bytes",
            "kafka.restore.consumer.max.poll.records",
            "kafka.global.consumer.fetch.min.bytes",
            "kafka.admin.retries",
            "kafka.topic.segment.bytes",
            "kafka.max.poll.records",
    })
    void knownKeysPass(String key) {
        assertThat(check.problem(key)).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "batch.sise | unknown configuration key 'batch.sise'; did you mean batch.size?",
            "windw.size.ms | unknown configuration key 'windw.size.ms'; did you mean window.size.ms?",
            "http.prot | unknown configuration key 'http.prot'; did you mean http.port?",
            "no.such.key | unknown configuration key 'no.such.key'; docs/configuration.md lists the keys",
            "security.protocol | unknown configuration key 'security.protocol'; did you mean kafka.security.protocol?",
            "kafka.num.stream.thread | unknown Kafka setting 'kafka.num.stream.thread': Kafka Streams and its clients define no 'num.stream.thread'; did you mean kafka.num.stream.threads?",
            "kafka.producer.linger.msec | unknown Kafka setting 'kafka.producer.linger.msec': Kafka Streams and its clients define no 'producer.linger.msec'; did you mean kafka.producer.linger.ms?",
            "kafka.consumer.acks | unknown Kafka setting 'kafka.consumer.acks': Kafka Streams and its clients define no 'consumer.acks'",
            "kafka.frobnicate | unknown Kafka setting 'kafka.frobnicate': Kafka Streams and its clients define no 'frobnicate'",
    })
    void unknownKeysAreNamedWithTheNearestKnownKey(String key, String message) {
        assertThat(check.problem(key)).isEqualTo(Optional.of(message));
    }

    @org.junit.jupiter.api.Test
    void theFirstUnknownKeyIsRefusedWithItsSource() {
        assertThatThrownBy(() -> check.check(List.of("batch.size", "batch.sise"), "--set"))
                .isInstanceOf(UnknownKeyException.class)
                .hasMessage("unknown configuration key 'batch.sise'; did you mean batch.size? (--set)");
    }

    @org.junit.jupiter.api.Test
    void distanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.distance("", "abc")).isEqualTo(3);
        assertThat(NearestName.distance("batch.size", "batch.size")).isZero();
    }
}
