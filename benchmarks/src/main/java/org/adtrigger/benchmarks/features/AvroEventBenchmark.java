package org.adtrigger.benchmarks.features;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.adtrigger.benchmarks.CpuTime;
import org.adtrigger.benchmarks.events.BenchmarkEvents;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.ingest.avro.EventArchiveWriter;
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
 * {@code -prof gc} shows how much. And reading an event from an archive file (uncompressed, decoding into one
 * reused record), what the replay tool pays per record before encoding it.
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
    private Path archive;
    private EventArchiveReader reader;
    private Event reuse;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        serde = AvroSerdes.event();
        events = BenchmarkEvents.typical(POOL);
        payloads = new byte[POOL][];
        long bytes = 0;
        for (int i = 0; i < POOL; i++) {
            payloads[i] = serde.serializer().serialize(TOPIC, events[i]);
            bytes += payloads[i].length;
        }
        System.out.printf("%n%d typical events, %.1f bytes per encoded event on average%n", POOL, (double) bytes / POOL);
        archive = Files.createTempFile("avro-event-benchmark", ".avro");
        try (EventArchiveWriter writer = EventArchiveWriter.create(archive, ArchiveCodec.NULL)) {
            for (Event event : events) {
                writer.append(event);
            }
            writer.commit();
        }
        reader = EventArchiveReader.open(archive);
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        serde.close();
        reader.close();
        Files.delete(archive);
    }

    @Benchmark
    public Event decode(CpuTime cpu) {
        return serde.deserializer().deserialize(TOPIC, payloads[next++ & (POOL - 1)]);
    }

    @Benchmark
    public Event archiveRead(CpuTime cpu) throws IOException {
        if (!reader.hasNext()) {
            reader.close();
            reader = EventArchiveReader.open(archive);
        }
        reuse = reader.next(reuse);
        return reuse;
    }

    @Benchmark
    public byte[] encode(CpuTime cpu) {
        return serde.serializer().serialize(TOPIC, events[next++ & (POOL - 1)]);
    }
}
