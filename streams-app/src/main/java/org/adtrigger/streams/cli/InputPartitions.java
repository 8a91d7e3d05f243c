package org.adtrigger.streams.cli;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The input topic's partition count on the broker: one scoring task per partition, and the window merger
 * waits for every one of them before it closes a window (see {@code WindowMerger}).
 */
final class InputPartitions {
    private static final Logger LOG = LoggerFactory.getLogger(InputPartitions.class);

    private InputPartitions() {
    }

    /**
     * @return the partition count, or empty (with a warning naming why) when the broker answers but the
     *         topic cannot be described (not created yet, not authorised); Kafka Streams then reports the
     *         problem itself
     * @throws IllegalStateException with one line when no broker answers within {@code timeout}: a run
     *         against an unreachable cluster fails after this bounded wait instead of retrying forever
     */
    static OptionalInt lookUp(String bootstrap, String topic, Duration timeout) throws InterruptedException {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return OptionalInt.of(description.partitions().size());
        } catch (TimeoutException e) {
            throw unreachable(bootstrap, timeout);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
                throw unreachable(bootstrap, timeout);
            }
            LOG.warn("Cannot read the partitions of input topic {} on {} ({}); windows wait for topic.partitions tasks",
                    topic, bootstrap, e.getCause().getMessage());
            return OptionalInt.empty();
        } catch (KafkaException e) {
            // Admin.create refuses a bootstrap list it cannot resolve at all.
            throw new IllegalStateException("cannot connect to Kafka at " + bootstrap + ": " + e.getMessage(), e);
        }
    }

    private static IllegalStateException unreachable(String bootstrap, Duration timeout) {
        return new IllegalStateException("no Kafka broker answered at " + bootstrap + " within " + timeout.toSeconds()
                + " s (bootstrap.servers / --bootstrap)");
    }
}
