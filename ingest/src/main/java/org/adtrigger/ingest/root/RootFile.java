package org.adtrigger.ingest.root;

import java.io.Closeable;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A ROOT file opened for reading flat ntuples. Opening reads the header and the directory keys; trees
 * are parsed on request and their baskets only when branches are read.
 *
 * <pre>{@code
 * try (RootFile file = RootFile.open(path)) {
 *     RootTree tree = file.tree("mini");
 *     BranchReader pt = tree.reader("lep_pt");
 *     for (EntryRange cluster : tree.clusters(List.of("lep_pt"))) {
 *         Column c = pt.read(cluster);   // c.floats(), c.offsets()
 *     }
 * }
 * }</pre>
 */
public final class RootFile implements Closeable {

    private final FileHeader header;
    private final RecordReader records;
    private final List<RootKey> keys;

    private RootFile(ByteSource source) throws IOException {
        this.records = new RecordReader(source);
        this.header = FileHeader.read(source);
        this.keys = DirectoryReader.readAll(records, header);
    }

    public static RootFile open(Path path) throws IOException {
        return open(path.getFileName().toString(), FileChannel.open(path, StandardOpenOption.READ));
    }

    /** Reads from memory; the array is not copied and must not change while the file is open. */
    public static RootFile open(String name, byte[] bytes) throws IOException {
        return new RootFile(ByteSource.of(name, bytes, bytes.length));
    }

    /** Like {@link #open(String, byte[])} for the first {@code length} bytes of the array. */
    public static RootFile open(String name, byte[] bytes, int length) throws IOException {
        if (length < 0 || length > bytes.length) {
            throw new IllegalArgumentException("length " + length + " outside the array");
        }
        return new RootFile(ByteSource.of(name, bytes, length));
    }

    /** Reads through a channel, which this file then owns and closes. */
    public static RootFile open(String name, SeekableByteChannel channel) throws IOException {
        ByteSource source = ByteSource.of(name, channel);
        try {
            return new RootFile(source);
        } catch (IOException | RuntimeException e) {
            source.close();
            throw e;
        }
    }

    public String name() {
        return records.source().name();
    }

    /** ROOT version that wrote the file, e.g. 61804 for 6.18/04. */
    public int rootVersion() {
        return header.version();
    }

    /**
     * The file's default compression setting, algorithm × 100 + level (101 = zlib level 1, 404 = LZ4 level 4;
     * level 0 = uncompressed), which its baskets were written with unless a branch chose otherwise.
     */
    public int compressionSetting() {
        return header.compression();
    }

    /** Every key, subdirectories included. */
    public List<RootKey> keys() {
        return keys;
    }

    /** Every tree in the file (the highest cycle of each name), parsed. */
    public List<RootTree> trees() throws IOException {
        List<RootTree> trees = new ArrayList<>();
        for (RootKey key : keys) {
            if (key.className().equals("TTree") && key == latest(key.path())) {
                trees.add(tree(key));
            }
        }
        return trees;
    }

    /** The tree at {@code path} ({@code name} or {@code dir/name}), highest cycle. */
    public RootTree tree(String path) throws IOException {
        RootKey key = latest(path);
        if (key == null || !key.className().equals("TTree")) {
            throw new NoSuchElementException(name() + " has no TTree '" + path + "'");
        }
        return tree(key);
    }

    private RootTree tree(RootKey key) throws IOException {
        RootBuffer record = records.payload(key, key.describe());
        return RootTree.of(TreeMeta.read(new ObjectInput(record)), records);
    }

    private RootKey latest(String path) {
        RootKey best = null;
        for (RootKey key : keys) {
            if (key.path().equals(path) && (best == null || key.cycle() > best.cycle())) {
                best = key;
            }
        }
        return best;
    }

    @Override
    public void close() throws IOException {
        records.source().close();
    }
}
