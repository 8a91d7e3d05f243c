package org.adtrigger.streams.testsupport;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.adtrigger.schema.Event;
import org.adtrigger.streams.testing.GeneratedEvents;
import org.apache.kafka.clients.producer.KafkaProducer;

/**
 * Sends events to the input topic in chunks at a fixed period, each stamped with the wall clock, so that
 * input keeps arriving while a test kills and restarts the app.
 */
public final class ChunkFeeder implements AutoCloseable {
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final KafkaProducer<byte[], byte[]> producer;
    private final AtomicInteger sent = new AtomicInteger();

    /** Starts sending {@code chunk} events of {@code events} every {@code periodMs}, the first chunk now. */
    public ChunkFeeder(String bootstrap, List<Event> events, int chunk, long periodMs) {
        producer = Topics.producer(bootstrap);
        timer.scheduleAtFixedRate(() -> {
            int from = sent.get();
            int to = Math.min(events.size(), from + chunk);
            for (int i = from; i < to; i++) {
                producer.send(GeneratedEvents.record(events.get(i), System.currentTimeMillis()));
            }
            producer.flush();
            sent.set(to);
        }, 0, periodMs, TimeUnit.MILLISECONDS);
    }

    /** Events sent (and flushed) so far. */
    public int sent() {
        return sent.get();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        producer.close();
    }
}
