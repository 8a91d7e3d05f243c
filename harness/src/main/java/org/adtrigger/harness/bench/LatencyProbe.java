package org.adtrigger.harness.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads the scored-events topic as a downstream user would ({@code read_committed}: under exactly-once
 * nothing is visible before its transaction commits) and records, for every record, the wall clock when
 * the poll returned it minus the record's timestamp. The scoring topology keeps each input's timestamp on
 * its output, and the replay producer stamps every input with the wall clock when it hands the event to
 * the Kafka producer — in this same JVM, so both ends read one clock, and the difference covers producer
 * batching (linger), the broker, the stream (batching, scoring, the transaction commit) and the fetch.
 * Timestamps are whole milliseconds, so each latency is good to ±1 ms.
 */
final class LatencyProbe implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(50);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final LatencySample sample = new LatencySample();
    private final AtomicReference<CatchUp> catchUp = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();
    private final Thread thread;

    /** Starts reading {@code topic} from its current end. */
    LatencyProbe(String bootstrapServers, String topic) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false",
                ConsumerConfig.CLIENT_ID_CONFIG, "adtrigger-bench-latency"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        partitions = consumer.partitionsFor(topic).stream().map(p -> new TopicPartition(topic, p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        thread = new Thread(this::readLoop, "adtrigger-bench-latency");
        thread.setDaemon(true);
        thread.start();
    }

    /**
     * Waits until this reader's position has reached {@code targets} on every partition — every record
     * committed up to then has been read — and hands over the latencies recorded since the last call.
     *
     * @throws IllegalStateException when the timeout passes first or the reader failed
     */
    long[] takeWhenCaughtUp(Map<TopicPartition, Long> targets, Duration timeout) throws InterruptedException {
        CatchUp wanted = new CatchUp(targets);
        catchUp.set(wanted);
        if (!wanted.reached.await(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            throwIfFailed();
            throw new IllegalStateException("the latency reader did not reach the end of the scored events within "
                    + timeout.toSeconds() + " s");
        }
        throwIfFailed();
        return sample.takeAll();
    }

    private void readLoop() {
        try {
            while (true) {
                ConsumerRecords<byte[], byte[]> records = consumer.poll(POLL);
                long now = System.currentTimeMillis();
                for (ConsumerRecord<byte[], byte[]> record : records) {
                    sample.add(now - record.timestamp());
                }
                CatchUp wanted = catchUp.get();
                if (wanted != null && wanted.isReachedBy(consumer)) {
                    catchUp.compareAndSet(wanted, null);
                    wanted.reached.countDown();
                }
            }
        } catch (WakeupException closing) {
            // close() ends the loop
        } catch (RuntimeException e) {
            failure.set(e);
            CatchUp wanted = catchUp.get();
            if (wanted != null) {
                wanted.reached.countDown();
            }
        } finally {
            consumer.close();
        }
    }

    private void throwIfFailed() {
        RuntimeException e = failure.get();
        if (e != null) {
            throw new IllegalStateException("the latency reader failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join();
    }

    /** A position to reach on each partition, and the latch that says it was reached. */
    private record CatchUp(Map<TopicPartition, Long> targets, CountDownLatch reached) {
        CatchUp(Map<TopicPartition, Long> targets) {
            this(Map.copyOf(targets), new CountDownLatch(1));
        }

        boolean isReachedBy(KafkaConsumer<?, ?> consumer) {
            return targets.entrySet().stream().allMatch(t -> consumer.position(t.getKey()) >= t.getValue());
        }
    }
}
