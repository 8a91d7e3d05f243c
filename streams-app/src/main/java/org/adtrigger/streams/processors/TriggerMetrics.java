package org.adtrigger.streams.processors;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.selection.EventRejection;

/**
 * The pipeline's counters and timers, registered on the caller's {@link MeterRegistry} (Prometheus in
 * production: dots become underscores, counters gain {@code _total}). Every tagged meter is registered
 * up front, so dashboards see zeros instead of missing series. Thread-safe.
 *
 * <p>Counters count processing, not committed output: after a crash under exactly-once, the records
 * replayed from the last commit are counted again.
 */
public final class TriggerMetrics {
    public static final String RECEIVED = "adtrigger.events.received";
    public static final String DEAD_LETTERED = "adtrigger.events.dead.lettered";
    public static final String SELECTED = "adtrigger.events.selected";
    public static final String REJECTED = "adtrigger.events.rejected";
    public static final String SCORED = "adtrigger.events.scored";
    public static final String TAGGED = "adtrigger.events.tagged";

    private final Counter received;
    private final Map<DeadLetterReason, Counter> deadLettered = new EnumMap<>(DeadLetterReason.class);
    private final Counter selected;
    private final Map<EventRejection, Counter> rejected = new EnumMap<>(EventRejection.class);
    private final Counter scored;
    private final Counter[] tagged = new Counter[ModelCard.TIERS + 1];
    private final Timer batchLatency;
    private final Timer inferenceLatency;
    private final DistributionSummary batchSize;
    private final Timer eventLag;

    public TriggerMetrics(MeterRegistry registry) {
        received = Counter.builder(RECEIVED)
                .description("Input records read from the events topic").register(registry);
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            deadLettered.put(reason, Counter.builder(DEAD_LETTERED).tag("reason", reason.name())
                    .description("Input records sent to the dead-letter topic").register(registry));
        }
        selected = Counter.builder(SELECTED)
                .description("Events that passed the model's event selection").register(registry);
        for (EventRejection reason : EventRejection.values()) {
            rejected.put(reason, Counter.builder(REJECTED).tag("reason", reason.name())
                    .description("Events that failed the event selection").register(registry));
        }
        scored = Counter.builder(SCORED).description("Events scored by the model").register(registry);
        for (int tier = 1; tier <= ModelCard.TIERS; tier++) {
            tagged[tier] = Counter.builder(TAGGED).tag("tier", Integer.toString(tier))
                    .description("Scored events by tier (above 0)").register(registry);
        }
        batchLatency = Timer.builder("adtrigger.batch.latency")
                .description("Time to build the RMMs of a batch, score it and forward the results")
                .publishPercentileHistogram().register(registry);
        inferenceLatency = Timer.builder("adtrigger.inference.latency")
                .description("Time of the model call alone for one batch (no RMM building, no forwarding)")
                .publishPercentileHistogram().register(registry);
        batchSize = DistributionSummary.builder("adtrigger.batch.size")
                .description("Events per model call").register(registry);
        eventLag = Timer.builder("adtrigger.event.lag")
                .description("Wall-clock time of output minus the event's timestamp")
                .publishPercentileHistogram().register(registry);
    }

    void received() {
        received.increment();
    }

    public void deadLettered(DeadLetterReason reason) {
        deadLettered.get(reason).increment();
    }

    void selected() {
        selected.increment();
    }

    void rejected(EventRejection reason) {
        rejected.get(reason).increment();
    }

    void scored(int tier) {
        scored.increment();
        if (tier > 0) {
            tagged[tier].increment();
        }
    }

    void batch(int events, long nanos) {
        batchSize.record(events);
        batchLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void inference(long nanos) {
        inferenceLatency.record(nanos, TimeUnit.NANOSECONDS);
    }

    void lag(long millis) {
        eventLag.record(Math.max(0L, millis), TimeUnit.MILLISECONDS);
    }
}
