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

/** The archives a study reads and writes in its work directory. */
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
        write(partial, generator);
        return Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes {@code events} to a new archive (parent directories created); returns how many. */
    public static long write(Path file, Iterator<Event> events) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        try (EventArchiveWriter out = EventArchiveWriter.create(file, ArchiveCodec.DEFLATE)) {
            while (events.hasNext()) {
                out.append(events.next());
            }
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
                            writer = EventArchiveWriter.create(file, ArchiveCodec.DEFLATE);
                            writers.put(sample, writer);
                            files.put(sample, file);
                        }
                        writer.append(event);
                    }
                }
            }
        } finally {
            for (EventArchiveWriter writer : writers.values()) {
                writer.close();
            }
        }
        return files;
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
