package org.adtrigger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.adtrigger.ingest.adapters.AtlasOpenData;
import org.adtrigger.ingest.adapters.EventChunk;
import org.adtrigger.ingest.adapters.IngestOptions;
import org.adtrigger.ingest.adapters.RootEventSource;
import org.adtrigger.ingest.root.EntryRange;
import org.adtrigger.ingest.root.RootBranch;
import org.adtrigger.ingest.root.RootFile;
import org.adtrigger.ingest.root.RootTree;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Throughput of the pure-Java ROOT reader and of the ATLAS Open Data adapter over the four real ATLAS
 * 4-lepton data files (data_A..D, 832 events, 302 kB). One operation reads all four files; the auxiliary
 * counters turn that into events/s and bytes/s (file bytes, compressed, as on disk).
 *
 * <p>The files come from {@code -Dadtrigger.shared.dir} (default {@code ../shared}) + {@code /data/root}.
 * After the first pass they sit in the page cache, so this measures decoding, not the disk.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AtlasIngestBenchmark {

    private static final List<String> FILES = List.of("data_A.4lep.root", "data_B.4lep.root", "data_C.4lep.root",
            "data_D.4lep.root");

    private final List<Path> files = new ArrayList<>();
    private long bytes;

    /** Events and file bytes processed, reported by JMH per second. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class Processed {
        public long events;
        public long bytes;

        @Setup(Level.Iteration)
        public void reset() {
            events = 0;
            bytes = 0;
        }
    }

    @Setup(Level.Trial)
    public void locateFiles() throws IOException {
        Path dir = Path.of(System.getProperty("adtrigger.shared.dir", "../shared"), "data", "root");
        for (String name : FILES) {
            Path file = dir.resolve(name);
            if (!Files.isRegularFile(file)) {
                throw new IllegalStateException("missing " + file.toAbsolutePath()
                        + ": pass -Dadtrigger.shared.dir=<dir holding data/root>");
            }
            files.add(file);
            bytes += Files.size(file);
        }
    }

    /** The ROOT reader alone: every branch of every file decoded, cluster by cluster. */
    @Benchmark
    public void rootReaderAllBranches(Processed processed, Blackhole sink) throws IOException {
        for (Path path : files) {
            try (RootFile file = RootFile.open(path)) {
                RootTree tree = file.tree("mini");
                for (RootBranch branch : tree.branches()) {
                    var reader = tree.reader(branch.name());
                    for (EntryRange cluster : tree.clusters(List.of(branch.name()))) {
                        sink.consume(reader.read(cluster));
                    }
                }
                processed.events += tree.entries();
            }
        }
        processed.bytes += bytes;
    }

    /** Reader and ATLAS adapter: the branches the adapter needs, turned into Event records. */
    @Benchmark
    public void atlasAdapterEvents(Processed processed, Blackhole sink) throws IOException {
        for (Path path : files) {
            try (RootEventSource source = RootEventSource.open(path, new AtlasOpenData(), IngestOptions.DEFAULTS)) {
                for (EventChunk chunk = source.next(); chunk != null; chunk = source.next()) {
                    sink.consume(chunk);
                    processed.events += chunk.events().size();
                }
            }
        }
        processed.bytes += bytes;
    }
}
