package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.adtrigger.ingest.root.BranchReader;
import org.adtrigger.ingest.root.EntryRange;
import org.adtrigger.ingest.root.RootBranch;
import org.adtrigger.ingest.root.RootFile;
import org.adtrigger.ingest.root.RootTree;

/**
 * Events of a ROOT ntuple in a given {@link RootFormat}, one cluster at a time: only the branches the
 * layout names are read, and only the baskets of the current cluster are held. A cluster whose baskets
 * cannot be decoded is reported as one bad record range and reading goes on with the next.
 */
public final class RootEventSource implements EventSource {

    private final RootFile file;
    private final RootTree tree;
    private final NtupleEventMapper mapper;
    private final Map<String, BranchReader> readers = new LinkedHashMap<>();
    private final List<EntryRange> clusters;
    private int next;

    private RootEventSource(RootFile file, RootTree tree, NtupleLayout layout) {
        this.file = file;
        this.tree = tree;
        this.mapper = new NtupleEventMapper(layout);
        for (String column : layout.columns()) {
            readers.put(column, tree.reader(column));
        }
        this.clusters = tree.clusters(readers.keySet());
    }

    /**
     * Opens {@code path} as {@code format}.
     *
     * @throws IllegalArgumentException naming the file when its tree lacks a branch the format needs
     */
    public static RootEventSource open(Path path, RootFormat format, IngestOptions options) throws IOException {
        RootFile file = RootFile.open(path);
        try {
            RootTree tree = file.tree(format.tree());
            Set<String> branches = new HashSet<>();
            for (RootBranch branch : tree.branches()) {
                branches.add(branch.name());
            }
            NtupleLayout layout = format.layout(file.name(), branches, options);
            return new RootEventSource(file, tree, layout);
        } catch (IOException | RuntimeException e) {
            file.close();
            throw e;
        }
    }

    @Override
    public EventChunk next() {
        if (next >= clusters.size()) {
            return null;
        }
        EntryRange range = clusters.get(next++);
        try {
            return mapper.map(new RootClusterBlock(file.name(), range, readers));
        } catch (IOException e) {
            // A damaged basket costs its cluster, not the file: the next cluster may well decode.
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            BadRecord bad = BadRecord.entries(file.name(), range.start(), range.size(), reason);
            return new EventChunk(List.of(), List.of(bad), range.size());
        }
    }

    @Override
    public double fractionDone() {
        long done = next == 0 ? 0 : clusters.get(next - 1).end();
        return tree.entries() == 0 ? 1 : (double) done / tree.entries();
    }

    @Override
    public void close() throws IOException {
        file.close();
    }
}
