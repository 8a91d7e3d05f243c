package org.adtrigger.benchmarks.features;

import java.util.concurrent.TimeUnit;
import org.adtrigger.benchmarks.CpuTime;
import org.adtrigger.benchmarks.events.BenchmarkEvents;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.AvroSerdes;
import org.adtrigger.schema.serde.SingleObjectSerde;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The stream's Kafka serde for {@code Event} (Avro single-object encoding), one operation = one event of a
 * pool of typical SM events, cycled: decoding (what every stream record costs first) and encoding (what the
 * replay tool pays per record). Both allocate by nature (a new record per decode, a new array per encode);
 * {@code -prof gc} shows how much.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AvroEventBenchmark {
    private static final int POOL = 4096;
    private static final String TOPIC = "events";

    private SingleObjectSerde<Event> serde;
    private Event[] events;
    private byte[][] payloads;
    private int next;

    @Setup(Level.Trial)
    public void setUp() {
        serde = AvroSerdes.event();
        events = BenchmarkEvents.typical(POOL);
        payloads = new byte[POOL][];
        long bytes = 0;
        for (int i = 0; i < POOL; i++) {
            payloads[i] = serde.serializer().serialize(TOPIC, events[i]);
            bytes += payloads[i].length;
        }
        System.out.printf("%n%d typical events, %.1f bytes per encoded event on average%n", POOL, (double) bytes / POOL);
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        serde.close();
    }

    @Benchmark
    public Event decode(CpuTime cpu) {
        return serde.deserializer().deserialize(TOPIC, payloads[next++ & (POOL - 1)]);
    }

    @Benchmark
    public byte[] encode(CpuTime cpu) {
        return serde.serializer().serialize(TOPIC, events[next++ & (POOL - 1)]);
    }
}
