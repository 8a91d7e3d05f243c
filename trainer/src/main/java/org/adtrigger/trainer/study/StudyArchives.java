package org.adtrigger.trainer.study;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adtrigger.ingest.avro.ArchiveCodec;
import org.adtrigger.ingest.avro.EventArchiveReader;
import org.adtrigger.ingest.avro.EventArchiveWriter;
import org.adtrigger.ingest.gen.EventGenerator;
import org.adtrigger.ingest.gen.Mix;
import org.adtrigger.ingest.gen.ProcessCatalog;
import org.adtrigger.schema.Event;

/**
 * The archives a study reads and writes in its work directory. Each carries its provenance in the header,
 * from which the writer derives the sync marker: the same events from the same inputs give a byte-identical
 * file, so the trained-model cache, keyed by the archives' SHA-256, survives a rerun.
 */
public final class StudyArchives {
    private StudyArchives() {
    }

    /**
     * An archive of generated events (the generator's default luminosity), made in {@code directory} on first
     * use and reused afterwards: the generator's output depends only on the process list, the number of
     * events, the seed and the mix, which the file name records.
     */
    public static Path generated(Path directory, String processes, long events, long seed, Mix mix)
            throws IOException {
        String name = processes.replaceAll("[^A-Za-z0-9_.-]", "_") + "-" + mix.label() + "-" + events + "-s"
                + seed + ".avro";
        Path file = directory.resolve(name);
        if (Files.isRegularFile(file)) {
            return file;
        }
        EventGenerator generator = EventGenerator.of(ProcessCatalog.parse(processes), events, seed,
                EventGenerator.DEFAULT_LUMI_INVERSE_FB, mix);
        Path partial = directory.resolve(name + ".partial");
        write(partial, generator, Map.of("study.generated", processes, "study.events", Long.toString(events),
                "study.seed", Long.toString(seed), "study.mix", mix.label()));
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Writes {@code events} to a new archive (parent directories created); returns how many.
     *
     * @param provenance header entries saying where the events come from (not empty)
     */
    public static long write(Path file, Iterator<Event> events, Map<String, String> provenance) throws IOException {
        try (EventArchiveWriter out = create(file, provenance)) {
            while (events.hasNext()) {
                out.append(events.next());
            }
            out.commit();
            return out.count();
        }
    }

    /**
     * Splits archives into one archive per sample name ({@code <sample>.avro} in {@code directory}), every
     * event kept as it is; returns the files by sample, in order of first appearance.
     */
    public static Map<String, Path> bySample(List<Path> archives, Path directory) throws IOException {
        Files.createDirectories(directory);
        Map<String, EventArchiveWriter> writers = new LinkedHashMap<>();
        Map<String, Path> files = new LinkedHashMap<>();
        try {
            for (Path archive : archives) {
                try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
                    Event event = null;
                    while (reader.hasNext()) {
                        event = reader.next(event);
                        String sample = event.getSample();
                        EventArchiveWriter writer = writers.get(sample);
                        if (writer == null) {
                            Path file = directory.resolve(sample.replaceAll("[^A-Za-z0-9_.-]", "_") + ".avro");
                            if (files.containsValue(file)) {
                                throw new IllegalArgumentException("samples '" + sample + "' and another map to the "
                                        + "same file name " + file.getFileName());
                            }
                            writer = create(file, Map.of("study.sample", sample, "study.from", archives.toString()));
                            writers.put(sample, writer);
                            files.put(sample, file);
                        }
                        writer.append(event);
                    }
                }
            }
            for (EventArchiveWriter writer : writers.values()) {
                writer.commit();
            }
        } finally {
            for (EventArchiveWriter writer : writers.values()) {
                writer.close();
            }
        }
        return files;
    }

    /** A new archive (parent directories created) whose provenance fixes its sync marker. */
    public static EventArchiveWriter create(Path file, Map<String, String> provenance) throws IOException {
        if (provenance.isEmpty()) {
            throw new IllegalArgumentException("an archive's provenance must not be empty: it fixes the sync marker");
        }
        return EventArchiveWriter.create(file, ArchiveCodec.DEFLATE, provenance);
    }

    /** Records in some archives and the sum of their weights. */
    public record Totals(long events, double sumW) {
        /** The mean weight of a record. */
        public double meanWeight() {
            return sumW / events;
        }
    }

    /** Counts the records of the archives (both splits, before any selection) and sums their weights. */
    public static Totals totals(List<Path> archives) throws IOException {
        long count = 0;
        double sumW = 0;
        for (Path archive : archives) {
            try (EventArchiveReader reader = EventArchiveReader.open(archive)) {
                Event event = null;
                while (reader.hasNext()) {
                    event = reader.next(event);
                    count++;
                    sumW += event.getWeight();
                }
            }
        }
        return new Totals(count, sumW);
    }
}
