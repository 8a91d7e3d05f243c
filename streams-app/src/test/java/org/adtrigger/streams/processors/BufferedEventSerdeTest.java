package org.adtrigger.streams.processors;

import static org.assertj.core.api.Assertions.assertThat;

import org.adtrigger.streams.testing.TestEvents;
import org.junit.jupiter.api.Test;

class BufferedEventSerdeTest {
    private final BufferedEventSerde serde = new BufferedEventSerde();

    @Test
    void roundTripsKeyTimestampAndEvent() {
        BufferedEvent in = new BufferedEvent(new byte[] {7, 8, 9}, TestEvents.data(42, 75f), 1_700_000_000_123L);

        BufferedEvent out = serde.deserializer().deserialize("t", serde.serializer().serialize("t", in));

        assertThat(out.key()).containsExactly(7, 8, 9);
        assertThat(out.timestamp()).isEqualTo(1_700_000_000_123L);
        assertThat(out.event()).isEqualTo(in.event());
    }

    @Test
    void keepsANullKeyNull() {
        BufferedEvent in = new BufferedEvent(null, TestEvents.data(1, 30f), 5L);

        BufferedEvent out = serde.deserializer().deserialize("t", serde.serializer().serialize("t", in));

        assertThat(out.key()).isNull();
        assertThat(out.event().getEventNumber()).isEqualTo(1L);
    }
}
