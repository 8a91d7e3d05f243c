package org.adtrigger.streams.replay;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.TruthLabel;
import org.adtrigger.streams.config.AppTopics;
import org.adtrigger.streams.topic.Topic;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.InterruptException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Replays event archives into a Kafka topic at a steady rate, optionally mixing in signal, the way a
 * detector's trigger output would arrive. Each {@link Event} is sent in single-object encoding under the
 * key {@code "run:eventNumber"}, timestamped by {@link RecordTimestamps}.
 *
 * <pre>{@code
 * ReplaySummary s = Replay.builder()
 *         .archives(List.of(background)).bootstrapServers(broker.bootstrapServers())
 *         .rate(20_000).loop(true).duration(Duration.ofMinutes(2))
 *         .inject(new Injection(signal, 0.05, ReplayPoint.after(Duration.ofSeconds(30)),
 *                 ReplayPoint.after(Duration.ofSeconds(60))))
 *         .build().run(stopFlag::get);
 * }</pre>
 *
 * A replay ends at the archives' end (without loop), at the event or time limit, or when the stop
 * supplier turns true; it then flushes, so every event counted in the summary has been acknowledged.
 */
public final class Replay {
    /** Events between progress reports: often enough for a bar, rarely enough to cost nothing. */
    public static final int PROGRESS_EVERY = 4096;
    /** Longest single sleep, so a slow replay still notices a stop request promptly. */
    private static final long MAX_SLEEP_NANOS = 50_000_000L;
    /** Longest wait for the last acknowledgements beyond the time limit, or after a stop or failure. */
    static final Duration END_GRACE = Duration.ofSeconds(5);

    private final List<Path> archives;
    private final List<Injection> injections;
    private final Topic<byte[], Event> topic;
    private final double rate;
    private final boolean loop;
    private final boolean asData;
    private final RecordTimestamps timestamps;
    private final long seed;
    private final long maxEvents;
    private final long durationNanos;
    private final ReplayListener listener;
    private final NanoClock clock;
    private final Properties producerProperties;
    private final Function<Properties, Producer<byte[], byte[]>> producerFactory;
    private final Serializer<Event> serializer;

    Replay(ReplayBuilder b) {
        archives = List.copyOf(b.archives);
        injections = List.copyOf(b.injections);
        topic = AppTopics.events(b.topic);
        serializer = topic.values().serializer();
        rate = b.rate;
        loop = b.loop;
        asData = b.asData;
        timestamps = b.timestamps;
        seed = b.seed;
        maxEvents = b.maxEvents;
        durationNanos = b.duration == null ? -1 : b.duration.toNanos();
        listener = b.listener;
        clock = b.clock;
        producerProperties = ProducerSettings.of(b.bootstrapServers, b.producerOverrides);
        producerFactory = b.producerFactory;
    }

    public static ReplayBuilder builder() {
        return new ReplayBuilder();
    }

    /**
     * Sends until the end, a limit, or {@code stopRequested} returns true, or until a send fails. Always
     * returns a summary: a failure (the broker gone, say) is in it rather than thrown, and the time limit
     * holds whatever the broker does — a send blocked past it is interrupted, and the final flush waits at
     * most {@link #END_GRACE} beyond it (or after a stop request).
     *
     * @throws java.io.UncheckedIOException or {@link org.adtrigger.ingest.avro.ArchiveFormatException}
     *         naming the archive that cannot be read
     */
    public ReplaySummary run(BooleanSupplier stopRequested) throws InterruptedException {
        try (ArchiveSequence background = new ArchiveSequence(archives, loop);
             SignalFeeds signals = new SignalFeeds(injections)) {
            Producer<byte[], byte[]> producer = producerFactory.apply(producerProperties);
            SendFailures failures = new SendFailures(topic.name());
            InjectionSchedule schedule = new InjectionSchedule(injections, seed, listener);
            SampleTally tally = new SampleTally();
            long start = clock.nanoTime();
            Pacer pacer = new Pacer(rate, start);
            long sent = 0;
            long injected = 0;
            long bytes = 0;
            boolean stopped = false;
            boolean interrupted = false;
            Event reuse = null;
            boolean sending = true;
            try (BlockedSendGuard guard = new BlockedSendGuard(durationNanos, stopRequested)) {
                while (maxEvents < 0 || sent < maxEvents) {
                    Event event = background.next(reuse);
                    if (event == null) {
                        break;
                    }
                    reuse = event;
                    long now = awaitSlot(pacer, stopRequested);
                    if (now < 0) {
                        stopped = true;
                        break;
                    }
                    if (durationNanos >= 0 && now - start >= durationNanos) {
                        break;
                    }
                    long timestamp = timestamps.of(sent);
                    int signal = schedule.pick(sent, now - start, timestamp);
                    if (signal >= 0) {
                        event = signals.next(signal);
                        injected++;
                    }
                    if (asData) {
                        presentAsData(event);
                    }
                    byte[] key = EventKey.bytesOf(event);
                    byte[] value = serializer.serialize(topic.name(), event);
                    guard.beforeSend();
                    try {
                        producer.send(new ProducerRecord<>(topic.name(), null, timestamp, key, value), failures);
                    } catch (InterruptException e) {
                        // Only the guard interrupts this thread: the send was blocked past the limit.
                    }
                    if (guard.afterSend()) {
                        interrupted = true;
                        stopped = stopRequested.getAsBoolean();
                        break;
                    }
                    if (failures.failure() != null) {
                        break;
                    }
                    bytes += key.length + value.length;
                    tally.count(event.getSample(), signal >= 0);
                    if (++sent % PROGRESS_EVERY == 0) {
                        listener.progress(sent, injected);
                    }
                }
                sending = false;
            } finally {
                if (sending) {
                    // An archive that cannot be read: the exception says which; drop what is unsent.
                    producer.close(Duration.ZERO);
                }
            }
            finish(producer, start, stopped || interrupted || failures.failure() != null);
            long elapsed = clock.nanoTime() - start;
            listener.progress(sent, injected);
            return new ReplaySummary(failures.acknowledged(), injected, bytes, elapsed, background.passes(),
                    tally.snapshot(), stopped, failure(failures, sent, interrupted && !stopped));
        }
    }

    /** The first failed send; else events the broker never acknowledged; else a send blocked at the limit. */
    private String failure(SendFailures failures, long sent, boolean blockedAtLimit) {
        if (failures.failure() != null) {
            return failures.failure();
        }
        long unacknowledged = sent - failures.acknowledged();
        if (unacknowledged > 0) {
            return unacknowledged + " of " + sent + " events sent to topic " + topic.name()
                    + " were not acknowledged by the broker in time";
        }
        if (blockedAtLimit) {
            return "sending to topic " + topic.name() + " was still blocked at the time limit: no broker took the events";
        }
        return null;
    }

    /**
     * Flushes and closes the producer. After a stop, a failure or with a time limit, the flush is bounded
     * (what is still unacknowledged then is dropped and not counted); otherwise every sent event is waited for.
     */
    private void finish(Producer<byte[], byte[]> producer, long start, boolean cutShort) {
        if (!cutShort && durationNanos < 0) {
            producer.flush();
            producer.close();
            return;
        }
        long left = durationNanos < 0 || cutShort ? 0 : Math.max(0, start + durationNanos - clock.nanoTime());
        try (BlockedSendGuard guard = new BlockedSendGuard(left + END_GRACE.toNanos(), () -> false)) {
            guard.beforeSend();
            try {
                producer.flush();
            } catch (InterruptException e) {
                // The broker did not acknowledge in time: the summary counts what it did.
            }
            guard.afterSend();
        }
        producer.close(Duration.ZERO);
    }

    /**
     * Waits for the next event's slot, in short sleeps so a stop request is seen.
     *
     * @return the clock's time when the slot came, or −1 when a stop was requested first
     */
    private long awaitSlot(Pacer pacer, BooleanSupplier stopRequested) throws InterruptedException {
        if (stopRequested.getAsBoolean()) {
            return -1;
        }
        long now = clock.nanoTime();
        long deadline = now + pacer.reserve(now);
        while (deadline - now > 0) {
            clock.sleepNanos(Math.min(deadline - now, MAX_SLEEP_NANOS));
            if (stopRequested.getAsBoolean()) {
                return -1;
            }
            now = clock.nanoTime();
        }
        return now;
    }

    /** In place: the event is decoded afresh for every send, so nothing else sees the change. */
    private static void presentAsData(Event event) {
        event.setIsData(true);
        event.setLabel(TruthLabel.UNKNOWN);
        event.setWeight(1.0);
    }
}
