package org.adtrigger.core.rmm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.ArrayList;
import java.util.List;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.ObjectType;
import org.adtrigger.schema.PhysObject;
import org.junit.jupiter.api.Test;

/** The builder runs once per event in the stream, so it must not feed the garbage collector. */
class RmmBuilderAllocationTest {
    private static final int EVENTS = 100_000;

    @Test
    void buildingAllocatesNothingPerEvent() {
        com.sun.management.ThreadMXBean threads =
                (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        assumeTrue(threads.isThreadAllocatedMemorySupported(), "JVM cannot count allocated bytes per thread");
        threads.setThreadAllocatedMemoryEnabled(true);

        RmmLayout layout = RmmLayout.T5N10;
        RmmBuilder builder = new RmmBuilder(layout, RmmOptions.DEFAULTS);
        Event[] events = {RmmFixtures.sixObjects(RmmFixtures.MET), crowded()};
        float[] array = new float[2 * layout.cells()];
        FloatBuffer buffer = ByteBuffer.allocateDirect(2 * layout.cells() * Float.BYTES)
                .order(ByteOrder.nativeOrder()).asFloatBuffer();

        buildMany(builder, events, array, buffer);
        long before = threads.getCurrentThreadAllocatedBytes();
        buildMany(builder, events, array, buffer);
        long allocated = threads.getCurrentThreadAllocatedBytes() - before;

        double perEvent = (double) allocated / EVENTS;
        System.out.printf("RMM %s: %d bytes allocated in %d builds = %.4f bytes/event%n",
                layout.spec(), allocated, EVENTS, perEvent);
        assertThat(perEvent).isLessThan(1.0);
    }

    /** Half the builds into an array, half into a direct buffer, alternating events and offsets. */
    private static void buildMany(RmmBuilder builder, Event[] events, float[] array, FloatBuffer buffer) {
        int cells = builder.layout().cells();
        for (int i = 0; i < EVENTS; i++) {
            Event event = events[i % events.length];
            int offset = (i / 2 % 2) * cells;
            if (i % 4 < 2) {
                builder.build(event, array, offset);
            } else {
                builder.build(event, buffer, offset);
            }
        }
    }

    /** More objects of every type than T5N10 holds, so truncation runs too. */
    private static Event crowded() {
        List<PhysObject> objects = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            for (ObjectType type : ObjectType.values()) {
                float pt = 20.0f + 7.0f * ((k * 5 + type.ordinal()) % 13);
                objects.add(RmmFixtures.object(type, pt, 0.2f * k - 1.0f, 0.5f * k, pt * 1.6f));
            }
        }
        return RmmFixtures.event(120.0f, 0.7f, objects);
    }
}
