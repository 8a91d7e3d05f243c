package org.adtrigger.benchmarks.features;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.util.concurrent.TimeUnit;
import org.adtrigger.benchmarks.CpuTime;
import org.adtrigger.benchmarks.events.BenchmarkEvents;
import org.adtrigger.core.rmm.RmmBuilder;
import org.adtrigger.core.rmm.RmmLayout;
import org.adtrigger.core.rmm.RmmOptions;
import org.adtrigger.schema.Event;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * RMM building on one thread, one operation = one event: into a heap {@code float[]} (what the trainer
 * does) and into a slot of a direct {@link FloatBuffer} batch (what the stream's scorer input is). Events
 * come from a pre-generated pool, cycled, so event generation is not timed. Run with {@code -prof gc}:
 * the builder promises no allocation per event, which {@code gc.alloc.rate.norm} checks. The thread's CPU
 * time per iteration ({@link CpuTime}) turns the rate into events per CPU-second on a shared machine.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class RmmBuildBenchmark {
    /** A power of two, so the cycling index is a mask. */
    private static final int POOL = 4096;
    /** Events per scorer batch in the buffer variant; the slot cycles through it as the stream's does. */
    private static final int BATCH = 64;

    @Param({"T4N6655", "T5N10"})
    public String layout;

    /** {@code typical}: the SM mixture; {@code maximum}: every type filled beyond the layout's capacity. */
    @Param({"typical", "maximum"})
    public String multiplicity;

    private Event[] events;
    private RmmBuilder builder;
    private float[] array;
    private FloatBuffer buffer;
    private int cells;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        RmmLayout rmmLayout = RmmLayout.parse(layout);
        events = switch (multiplicity) {
            case "typical" -> BenchmarkEvents.typical(POOL);
            case "maximum" -> BenchmarkEvents.crowded(rmmLayout, POOL);
            default -> throw new IllegalArgumentException("multiplicity must be typical or maximum, not " + multiplicity);
        };
        builder = new RmmBuilder(rmmLayout, RmmOptions.DEFAULTS);
        cells = rmmLayout.cells();
        array = new float[cells];
        buffer = ByteBuffer.allocateDirect(BATCH * cells * Float.BYTES).order(ByteOrder.nativeOrder()).asFloatBuffer();
    }

    @Benchmark
    public float[] intoArray(CpuTime cpu) {
        builder.build(events[next++ & (POOL - 1)], array, 0);
        return array;
    }

    @Benchmark
    public FloatBuffer intoDirectBuffer(CpuTime cpu) {
        int i = next++;
        builder.build(events[i & (POOL - 1)], buffer, (i & (BATCH - 1)) * cells);
        return buffer;
    }
}
