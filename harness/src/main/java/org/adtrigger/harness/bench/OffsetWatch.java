package org.adtrigger.harness.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads how far things have got, from the broker: the offsets an application (a consumer group) has
 * committed on a topic, and a topic's end offsets. Under {@code exactly_once_v2} an application's input
 * offsets are committed in the same transaction as the outputs they led to, so "committed offsets = end
 * of the input" means every output is in its topic and visible to {@code read_committed} readers.
 */
final class OffsetWatch implements AutoCloseable {
    private static final long CALL_TIMEOUT_SECONDS = 30;

    private final Admin admin;

    OffsetWatch(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** Sum over the topic's partitions of the group's committed offsets (0 for partitions without one). */
    long committed(String groupId, String topic) {
        Map<TopicPartition, OffsetAndMetadata> offsets = get(admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata(), "committed offsets of " + groupId);
        return offsets.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic) && e.getValue() != null)
                .mapToLong(e -> e.getValue().offset()).sum();
    }

    /** Sum of the topic's end offsets (the number of records, for a topic no transaction wrote to). */
    long endOffsetSum(String topic) {
        return endOffsets(topic, IsolationLevel.READ_UNCOMMITTED).values().stream().mapToLong(Long::longValue).sum();
    }

    /**
     * Per partition, the offset up to which {@code read_committed} readers can read (the last stable offset);
     * a reader whose position has reached it has seen every committed record.
     */
    Map<TopicPartition, Long> stableEndOffsets(String topic) {
        return endOffsets(topic, IsolationLevel.READ_COMMITTED);
    }

    private Map<TopicPartition, Long> endOffsets(String topic, IsolationLevel isolation) {
        List<TopicPartition> partitions = get(admin.describeTopics(List.of(topic)).allTopicNames(), "partitions of " + topic)
                .get(topic).partitions().stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        partitions.forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, Long> ends = new HashMap<>();
        get(admin.listOffsets(latest, new ListOffsetsOptions(isolation)).all(), "end offsets of " + topic)
                .forEach((partition, info) -> ends.put(partition, info.offset()));
        return ends;
    }

    private static <T> T get(KafkaFuture<T> future, String what) {
        try {
            return future.get(CALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + what, e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot read " + what + ": " + e.getCause().getMessage(), e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out reading " + what, e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
