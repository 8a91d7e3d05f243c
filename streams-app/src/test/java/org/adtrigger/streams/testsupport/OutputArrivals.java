package org.adtrigger.streams.testsupport;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * A read_committed reader on its own thread that notes, per partition, the wall-clock times at which
 * committed records became visible: after an instance dies, the first arrival on each partition it owned
 * measures how long the group took to resume it (failure detection, the dead producer's transaction
 * aborted, rebalance, state restored).
 */
public final class OutputArrivals implements AutoCloseable {
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Map<Integer, ConcurrentSkipListSet<Long>> arrivals = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    public OutputArrivals(String bootstrap, String topic) {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, "arrivals-" + UUID.randomUUID());
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "latest");
        p.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        consumer = new KafkaConsumer<>(p, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        consumer.subscribe(List.of(topic));
        thread = new Thread(this::poll, "output-arrivals-" + topic);
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        try {
            while (running) {
                var records = consumer.poll(Duration.ofMillis(50));
                long now = System.currentTimeMillis();
                records.partitions().forEach(partition -> arrivals
                        .computeIfAbsent(partition.partition(), p -> new ConcurrentSkipListSet<>()).add(now));
            }
        } catch (WakeupException closing) {
            // close() ends the loop
        } finally {
            consumer.close();
        }
    }

    /**
     * Per partition, milliseconds from {@code sinceMs} to the end of the longest silence after it: for a
     * partition the dead instance owned, its last commits may still arrive just after the death, and the
     * output resumes when the new owner first commits. Partitions without arrivals after it are absent.
     */
    public Map<Integer, Long> resumedAfter(long sinceMs) {
        Map<Integer, Long> delays = new TreeMap<>();
        arrivals.forEach((partition, times) -> {
            long previous = sinceMs;
            long longest = -1;
            long resumed = -1;
            for (long time : times.tailSet(sinceMs, false)) {
                if (time - previous > longest) {
                    longest = time - previous;
                    resumed = time;
                }
                previous = time;
            }
            if (resumed >= 0) {
                delays.put(partition, resumed - sinceMs);
            }
        });
        return delays;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(10_000);
    }
}
