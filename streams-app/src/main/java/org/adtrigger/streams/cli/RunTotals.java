package org.adtrigger.streams.cli;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.adtrigger.core.model.ModelCard;
import org.adtrigger.core.selection.EventRejection;
import org.adtrigger.core.selection.SelectionCounts;
import org.adtrigger.core.selection.SelectionCountsText;
import org.adtrigger.schema.WindowKeyType;
import org.adtrigger.streams.processors.DeadLetterReason;
import org.adtrigger.streams.processors.TriggerMetrics;
import org.adtrigger.streams.window.ClosedWindowCounter;

/**
 * What a {@code run} did, read from its counters once Kafka Streams has stopped, for the lines {@code run}
 * prints on stop. The counters count processing, so after a crash under exactly-once they may exceed
 * what was committed (see {@link TriggerMetrics}); within one clean run they are exact.
 *
 * @param received     input records read
 * @param deadLettered records sent to the dead-letter topic, by reason
 * @param preset       the model's event selection preset
 * @param selection    the event selection's counts (event-level reasons; objects are not counted in the stream)
 * @param scored       events scored
 * @param tierAtLeast  scored events with tier ≥ i, i = 1..3 at index i - 1
 * @param windows      final window summaries by key type
 */
record RunTotals(long received, Map<DeadLetterReason, Long> deadLettered, String preset, SelectionCounts selection, long scored,
        long[] tierAtLeast, Map<WindowKeyType, Long> windows) {

    static RunTotals read(MeterRegistry registry, String preset) {
        Map<DeadLetterReason, Long> dead = new EnumMap<>(DeadLetterReason.class);
        for (DeadLetterReason reason : DeadLetterReason.values()) {
            dead.put(reason, count(registry, TriggerMetrics.DEAD_LETTERED, "reason", reason.name()));
        }
        Map<EventRejection, Long> rejected = new EnumMap<>(EventRejection.class);
        for (EventRejection reason : EventRejection.values()) {
            rejected.put(reason, count(registry, TriggerMetrics.REJECTED, "reason", reason.name()));
        }
        long[] atLeast = new long[ModelCard.TIERS];
        for (int tier = ModelCard.TIERS; tier >= 1; tier--) {
            long exactly = count(registry, TriggerMetrics.TAGGED, "tier", Integer.toString(tier));
            atLeast[tier - 1] = exactly + (tier < ModelCard.TIERS ? atLeast[tier] : 0);
        }
        Map<WindowKeyType, Long> windows = new EnumMap<>(WindowKeyType.class);
        for (WindowKeyType type : WindowKeyType.values()) {
            windows.put(type, count(registry, ClosedWindowCounter.EMITTED, "key", type.name()));
        }
        return new RunTotals(count(registry, TriggerMetrics.RECEIVED), dead, preset,
                new SelectionCounts(count(registry, TriggerMetrics.SELECTED), rejected, Map.of()),
                count(registry, TriggerMetrics.SCORED), atLeast, windows);
    }

    /**
     * The summary, e.g. {@code run: 1200 events in, 3 dead-lettered (non finite 3), 1150 scored}, the
     * selection lines of ingest/train/evaluate, {@code tiers: ≥1 120, ≥2 31, ≥3 4} and
     * {@code windows emitted: 12 ALL, 24 SAMPLE, 0 RUN}.
     */
    List<String> lines() {
        List<String> out = new ArrayList<>();
        long dead = deadLettered.values().stream().mapToLong(Long::longValue).sum();
        out.add(String.format(Locale.ROOT, "run: %d events in, %d dead-lettered%s, %d scored", received, dead,
                dead == 0 ? "" : " (" + joined(deadLettered) + ")", scored));
        out.addAll(SelectionCountsText.lines(preset, selection));
        List<String> tiers = new ArrayList<>();
        for (int tier = 1; tier <= tierAtLeast.length; tier++) {
            tiers.add("≥" + tier + " " + tierAtLeast[tier - 1]);
        }
        out.add("tiers: " + String.join(", ", tiers));
        out.add("windows emitted: " + joinedAll(windows));
        return out;
    }

    private static String joined(Map<DeadLetterReason, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((reason, n) -> {
            if (n > 0) {
                parts.add(reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " " + n);
            }
        });
        return String.join(", ", parts);
    }

    private static String joinedAll(Map<WindowKeyType, Long> counts) {
        List<String> parts = new ArrayList<>();
        counts.forEach((type, n) -> parts.add(n + " " + type.name()));
        return String.join(", ", parts);
    }

    private static long count(MeterRegistry registry, String name, String... tags) {
        Counter counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : Math.round(counter.count());
    }
}
