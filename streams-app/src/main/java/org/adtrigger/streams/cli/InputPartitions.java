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
     * @return the partition count, or empty (with a warning naming why) when the topic does not exist yet or
     *         the broker does not answer within {@code timeout}; Kafka Streams then reports the problem itself
     */
    static OptionalInt lookUp(String bootstrap, String topic, Duration timeout) throws InterruptedException {
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        try (Admin admin = Admin.create(config)) {
            TopicDescription description = admin.describeTopics(List.of(topic)).allTopicNames()
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS).get(topic);
            return OptionalInt.of(description.partitions().size());
        } catch (ExecutionException | TimeoutException e) {
            String why = e instanceof ExecutionException ? String.valueOf(e.getCause().getMessage()) : "no answer in " + timeout;
            LOG.warn("Cannot read the partitions of input topic {} on {} ({}); windows wait for topic.partitions tasks",
                    topic, bootstrap, why);
            return OptionalInt.empty();
        }
    }
}
