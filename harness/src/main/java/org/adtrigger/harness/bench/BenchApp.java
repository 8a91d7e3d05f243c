package org.adtrigger.harness.bench;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;

/**
 * One Kafka Streams application of the benchmark, started on its own application id and state directory
 * (so it reads the input from the beginning and restores nothing), timed from {@link #start} until it has
 * committed a given number of input offsets.
 */
final class BenchApp implements AutoCloseable {
    private static final long WATCH_INTERVAL_MS = 20;
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);
    private static final String THREAD_METRICS = "stream-thread-metrics";
    private static final String PRODUCER_TOPIC_METRICS = "producer-topic-metrics";
    /** The stream thread's loop phases, each a metric {@code <phase>-ratio}. */
    private static final List<String> LOOP_PHASES = List.of("poll", "process", "punctuate", "commit");

    private final KafkaStreams streams;
    private final String applicationId;
    private final AtomicReference<String> failure = new AtomicReference<>();
    private final long startNanos;

    private BenchApp(Topology topology, Properties properties) {
        applicationId = properties.getProperty(StreamsConfig.APPLICATION_ID_CONFIG);
        streams = new KafkaStreams(topology, properties);
        streams.setUncaughtExceptionHandler(e -> {
            failure.compareAndSet(null, "Kafka Streams application " + applicationId + " failed: " + e);
            return StreamThreadExceptionResponse.SHUTDOWN_CLIENT;
        });
        startNanos = System.nanoTime();
        streams.start();
    }

    /** Starts the application now; {@link #awaitCommitted} times from here. */
    static BenchApp start(Topology topology, Properties properties) {
        return new BenchApp(topology, properties);
    }

    /**
     * Waits until the application has committed {@code target} offsets of {@code topic}, timed from the start.
     *
     * @return the time taken, with the stream threads' loop phases as its time shares
     * @throws IllegalStateException when the application fails or the timeout passes first
     */
    Throughput awaitCommitted(OffsetWatch watch, String topic, long target, Duration timeout)
            throws InterruptedException {
        long[] first = new long[2];
        long doneNanos = waitUntilCommitted(watch, topic, target, startNanos + timeout.toNanos(), (committed, now) -> {
            if (committed > 0 && first[0] == 0) {
                first[0] = now;
                first[1] = committed;
            }
        });
        return new Throughput(target, seconds(doneNanos - startNanos), seconds(first[0] - startNanos),
                Math.min(first[1], target), loopPhaseShares(), recordsPerEvent(target));
    }

    /**
     * Waits until the application has committed everything now in {@code topic}: every input processed,
     * every output visible.
     *
     * @throws IllegalStateException when the application fails or the timeout passes first
     */
    void awaitAllCommitted(OffsetWatch watch, String topic, Duration timeout) throws InterruptedException {
        waitUntilCommitted(watch, topic, watch.endOffsetSum(topic), System.nanoTime() + timeout.toNanos(), (c, n) -> { });
    }

    /** @return the clock's time when the committed offsets were seen to reach the target */
    private long waitUntilCommitted(OffsetWatch watch, String topic, long target, long deadlineNanos,
                                    CommitReadings readings) throws InterruptedException {
        while (true) {
            long committed = watch.committed(applicationId, topic);
            long now = System.nanoTime();
            readings.seen(committed, now);
            if (committed >= target) {
                return now;
            }
            String failed = failure.get();
            if (failed != null) {
                throw new IllegalStateException(failed);
            }
            if (now - deadlineNanos > 0) {
                throw new IllegalStateException("application " + applicationId + " committed " + committed + " of "
                        + target + " input offsets of " + topic + " in the time allowed");
            }
            TimeUnit.MILLISECONDS.sleep(WATCH_INTERVAL_MS);
        }
    }

    @FunctionalInterface
    private interface CommitReadings {
        void seen(long committed, long nanoTime);
    }

    /**
     * Share of the stream threads' time in each phase of their loop, averaged over the threads; Kafka
     * Streams measures these over a rolling window (the last 30 s by default), so right after a run they
     * describe the run.
     */
    private Map<String, Double> loopPhaseShares() {
        Map<String, double[]> sumAndCount = new LinkedHashMap<>();
        LOOP_PHASES.forEach(phase -> sumAndCount.put(phase, new double[2]));
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            double[] phase = sumAndCount.get(name.name().replace("-ratio", ""));
            if (phase != null && name.group().equals(THREAD_METRICS) && name.name().endsWith("-ratio")
                    && entry.getValue().metricValue() instanceof Double value && !value.isNaN()) {
                phase[0] += value;
                phase[1]++;
            }
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        sumAndCount.forEach((phase, sc) -> {
            if (sc[1] > 0) {
                shares.put("thread " + phase, sc[0] / sc[1]);
            }
        });
        return shares;
    }

    /**
     * Records the application's producers sent per input event, by topic: Kafka's {@code record-send-total}
     * producer metric, summed over the stream threads (records of aborted transactions included).
     */
    private Map<String, Double> recordsPerEvent(long events) {
        Map<String, Double> perTopic = new TreeMap<>();
        for (Map.Entry<MetricName, ? extends Metric> entry : streams.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String topic = name.tags().get("topic");
            if (name.group().equals(PRODUCER_TOPIC_METRICS) && name.name().equals("record-send-total") && topic != null
                    && entry.getValue().metricValue() instanceof Double sent) {
                String shown = topic.startsWith(applicationId + "-") ? topic.substring(applicationId.length() + 1) : topic;
                perTopic.merge(shown, sent / events, Double::sum);
            }
        }
        return perTopic;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    @Override
    public void close() {
        streams.close(CLOSE_TIMEOUT);
    }
}
