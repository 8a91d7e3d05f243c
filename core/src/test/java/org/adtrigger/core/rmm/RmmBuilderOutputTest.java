package org.adtrigger.core.rmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.Arrays;
import java.util.List;
import org.adtrigger.schema.Event;
import org.junit.jupiter.api.Test;

/** Where and how much the builder writes: offsets, buffers, reuse between events. */
class RmmBuilderOutputTest {
    private static final float GARBAGE = -7.0f;
    private static final RmmLayout LAYOUT = RmmLayout.T4N6655;
    private static final Event EVENT = RmmFixtures.sixObjects(RmmFixtures.MET);
    private static final float[] EXPECTED = RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS, EVENT);

    private final RmmBuilder builder = new RmmBuilder(LAYOUT, RmmOptions.DEFAULTS);

    @Test
    void writesTheWholeBlockAtAnArrayOffsetAndNothingElse() {
        float[] out = new float[LAYOUT.cells() + 20];
        Arrays.fill(out, GARBAGE);
        builder.build(EVENT, out, 10);
        assertThat(Arrays.copyOfRange(out, 0, 10)).containsOnly(GARBAGE);
        assertThat(Arrays.copyOfRange(out, 10, 10 + LAYOUT.cells())).containsExactly(EXPECTED);
        assertThat(Arrays.copyOfRange(out, 10 + LAYOUT.cells(), out.length)).containsOnly(GARBAGE);
    }

    @Test
    void writesIntoDirectAndHeapBuffersWithoutMovingThem() {
        int capacity = LAYOUT.cells() + 20;
        FloatBuffer direct = ByteBuffer.allocateDirect(capacity * Float.BYTES).order(ByteOrder.nativeOrder())
                .asFloatBuffer();
        for (FloatBuffer out : List.of(direct, FloatBuffer.allocate(capacity))) {
            for (int i = 0; i < capacity; i++) {
                out.put(i, GARBAGE);
            }
            out.position(3).limit(capacity - 1);
            builder.build(EVENT, out, 10);
            assertThat(out.position()).isEqualTo(3);
            assertThat(out.limit()).isEqualTo(capacity - 1);
            float[] all = new float[capacity];
            out.limit(capacity).get(0, all);
            assertThat(Arrays.copyOfRange(all, 0, 10)).containsOnly(GARBAGE);
            assertThat(Arrays.copyOfRange(all, 10, 10 + LAYOUT.cells())).containsExactly(EXPECTED);
            assertThat(Arrays.copyOfRange(all, 10 + LAYOUT.cells(), capacity)).containsOnly(GARBAGE);
        }
    }

    @Test
    void aReusedBuilderKeepsNothingFromThePreviousEvent() {
        float[] out = new float[LAYOUT.cells()];
        builder.build(EVENT, out, 0);
        Event metOnly = RmmFixtures.event(50.0f, 0.0f, List.of());
        builder.build(metOnly, out, 0);
        assertThat(out).containsExactly(RmmFixtures.build(LAYOUT, RmmOptions.DEFAULTS, metOnly));
        builder.build(EVENT, out, 0);
        assertThat(out).containsExactly(EXPECTED);
    }

    @Test
    void aBlockThatDoesNotFitIsRejectedBeforeAnyWrite() {
        float[] out = new float[LAYOUT.cells() + 5];
        Arrays.fill(out, GARBAGE);
        assertThatThrownBy(() -> builder.build(EVENT, out, 6)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> builder.build(EVENT, out, -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(out).containsOnly(GARBAGE);
        FloatBuffer buffer = FloatBuffer.allocate(LAYOUT.cells() + 5).limit(LAYOUT.cells());
        assertThatThrownBy(() -> builder.build(EVENT, buffer, 1)).isInstanceOf(IndexOutOfBoundsException.class);
    }
}
