package org.adtrigger.harness.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.AvroSerdes;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The events every part of the benchmark runs on: an archive the replay producer preloads and paces from,
 * and the same events in memory as the producer's wire bytes (single-object encoding), which the raw
 * ONNX Runtime loop decodes. Either generated (Standard Model, σ-proportional mix like the demo's stream,
 * fixed seed) or the first events of a given archive.
 */
final class BenchEvents {
    private final Path archive;
    private final List<byte[]> encoded;
    private final String description;

    private BenchEvents(Path archive, List<byte[]> encoded, String description) {
        this.archive = archive;
        this.encoded = encoded;
        this.description = description;
    }

    /** {@code count} SM events from the generator, written to {@code dir/events.avro}. */
    static BenchEvents generated(int count, long seed, Path dir) {
        Path file = dir.resolve("events.avro");
        EventGenerator generator = EventGenerator.of(ProcessCatalog.parse("sm"), count, seed,
                EventGenerator.DEFAULT_LUMI_INVERSE_FB, Mix.SIGMA);
        Serializer<Event> serializer = AvroSerdes.event().serializer();
        List<byte[]> encoded = new ArrayList<>(count);
        try (EventArchiveWriter writer = EventArchiveWriter.create(file, ArchiveCodec.NULL)) {
            while (generator.hasNext()) {
                Event event = generator.next();
                writer.append(event);
                encoded.add(serializer.serialize(null, event));
            }
            writer.commit();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the benchmark's events to " + file + ": " + e.getMessage(), e);
        }
        return new BenchEvents(file, encoded, String.format(Locale.ROOT,
                "%d generated SM events (sigma mix, seed %d)", count, seed));
    }

    /** The first {@code count} events of {@code file}, or all of them when it holds fewer. */
    static BenchEvents fromArchive(Path file, int count) {
        Serializer<Event> serializer = AvroSerdes.event().serializer();
        List<byte[]> encoded = new ArrayList<>();
        try (EventArchiveReader reader = EventArchiveReader.open(file)) {
            Event reuse = null;
            while (encoded.size() < count && reader.hasNext()) {
                reuse = reader.next(reuse);
                encoded.add(serializer.serialize(null, reuse));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read archive " + file + ": " + e.getMessage(), e);
        }
        if (encoded.isEmpty()) {
            throw new IllegalArgumentException("archive " + file + " holds no events");
        }
        String held = encoded.size() < count ? " (all it holds; " + count + " asked for)" : "";
        return new BenchEvents(file, encoded, String.format(Locale.ROOT, "the first %d events of %s%s",
                encoded.size(), file, held));
    }

    /** An archive whose first {@link #count()} events are these. */
    Path archive() {
        return archive;
    }

    /** The events as the producer sends them. */
    List<byte[]> encoded() {
        return encoded;
    }

    int count() {
        return encoded.size();
    }

    String describe() {
        return description;
    }
}
