package org.adtrigger.streams.testing;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.adtrigger.core.selection.EventSelector;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.schema.Event;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Realistic input for end-to-end tests: events of the ingest generator's "all" mix (Standard Model and
 * signal processes; about a quarter pass {@code atlas-1lep}), keyed {@code run:eventNumber} like the replay
 * producer's, with the expected event selection computed independently of the stream by core's
 * {@link EventSelector}. Event numbers are unique within one generator run.
 */
public final class GeneratedEvents {
    public static final String TOPIC = "events";

    private GeneratedEvents() {
    }

    public static List<Event> generate(int count, long seed) {
        EventGenerator generator = EventGenerator.of("all", count, seed, EventGenerator.DEFAULT_LUMI_INVERSE_FB);
        List<Event> events = new ArrayList<>(count);
        generator.forEachRemaining(events::add);
        return events;
    }

    /** The event numbers of those events that the selection preset accepts. */
    public static Set<Long> selectedNumbers(List<Event> events, String preset) {
        EventSelector selector = EventSelector.forPreset(preset);
        return events.stream().filter(e -> selector.select(e).isAccepted()).map(Event::getEventNumber)
                .collect(Collectors.toSet());
    }

    /** The input record of an event, with the given event time. */
    public static ProducerRecord<byte[], byte[]> record(Event event, long timestampMs) {
        byte[] key = (event.getRun() + ":" + event.getEventNumber()).getBytes(StandardCharsets.UTF_8);
        return new ProducerRecord<>(TOPIC, null, timestampMs, key, TestEvents.encode(event));
    }
}
