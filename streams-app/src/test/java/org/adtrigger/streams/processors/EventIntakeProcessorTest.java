package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Properties;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.adtrigger.core.selection.SelectionPreset;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.streams.testing.TestEvents;
import org.apache.kafka.streams.processor.TaskId;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.processor.api.MockProcessorContext.CapturedForward;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;

/** Each input goes to the one node named for its fate, and nowhere else. */
class EventIntakeProcessorTest {
    private static final byte[] KEY = {7};

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final MockProcessorContext<byte[], Object> context =
            new MockProcessorContext<>(new Properties(), new TaskId(0, 1), null);

    @Test
    void anEventTheSelectionAcceptsGoesToTheScoringNodeOnly() {
        intake("none").process(new Record<>(KEY, TestEvents.encode(TestEvents.data(3, 40f)), 100L));

        assertThat(context.forwarded()).hasSize(1);
        CapturedForward<? extends byte[], ?> forward = context.forwarded().get(0);
        assertThat(forward.childName()).contains(NodeNames.SCORE);
        assertThat(((Event) forward.record().value()).getEventNumber()).isEqualTo(3L);
        assertThat(forward.record().key()).isEqualTo(KEY);
        assertThat(forward.record().timestamp()).isEqualTo(100L);
        assertThat(count(TriggerMetrics.SELECTED)).isEqualTo(1.0);
    }

    @Test
    void anEventTheSelectionRejectsIsCountedAndForwardedNowhere() {
        // one jet and no lepton: the two-lepton preset rejects it
        intake(SelectionPreset.THESIS_2LEP.id()).process(new Record<>(KEY, TestEvents.encode(TestEvents.data(4, 40f)), 100L));

        assertThat(context.forwarded()).isEmpty();
        assertThat(registry.find(TriggerMetrics.REJECTED).counters()).extracting(c -> c.count()).contains(1.0);
    }

    @Test
    void anUndecodableInputGoesToTheIntakeDeadLetterSinkWithItsBytesAndOrigin() {
        context.setRecordMetadata("events", 2, 55L);
        byte[] garbage = "not avro".getBytes(StandardCharsets.UTF_8);
        intake("none").process(new Record<>(KEY, garbage, 100L));

        assertThat(context.forwarded()).hasSize(1);
        CapturedForward<? extends byte[], ?> forward = context.forwarded().get(0);
        assertThat(forward.childName()).contains(NodeNames.INTAKE_DEAD_LETTERS);
        DeadLetter letter = (DeadLetter) forward.record().value();
        assertThat(letter.getStage()).isEqualTo("INTAKE");
        assertThat(letter.getReason()).isEqualTo("DESERIALIZATION");
        assertThat(letter.getPartition()).isEqualTo(2);
        assertThat(letter.getOffset()).isEqualTo(55L);
        assertThat(letter.getValue().array()).isEqualTo(garbage);
    }

    private EventIntakeProcessor intake(String preset) {
        EventIntakeProcessor processor = new EventIntakeProcessor(AvroSerdes.event().deserializer(),
                new EventValidator(100, 1 << 20, true, 256), SelectionPreset.byId(preset).newSelector(),
                new TriggerMetrics(registry));
        processor.init(context);
        return processor;
    }

    private double count(String name) {
        return registry.get(name).counter().count();
    }
}
