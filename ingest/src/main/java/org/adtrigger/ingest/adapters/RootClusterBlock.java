package org.adtrigger.ingest.adapters;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.adtrigger.ingest.root.BranchReader;
import org.adtrigger.ingest.root.Column;
import org.adtrigger.ingest.root.EntryRange;

/** One cluster of a ROOT tree as a {@link ColumnBlock}: branches are decoded when first asked for. */
final class RootClusterBlock implements ColumnBlock {

    private final String source;
    private final EntryRange range;
    private final Map<String, BranchReader> readers;
    private final Map<String, Values> decoded = new HashMap<>();

    RootClusterBlock(String source, EntryRange range, Map<String, BranchReader> readers) {
        this.source = source;
        this.range = range;
        this.readers = readers;
    }

    @Override
    public long recordNumber(int entry) {
        return range.start() + entry;
    }

    @Override
    public BadRecord bad(int entry, String reason) {
        return BadRecord.entry(source, recordNumber(entry), reason);
    }

    @Override
    public int entries() {
        return Math.toIntExact(range.size());
    }

    @Override
    public Values values(String column) throws IOException {
        Values values = decoded.get(column);
        if (values == null) {
            BranchReader reader = readers.get(column);
            if (reader == null) {
                throw new NoSuchElementException(source + " has no branch '" + column + "'");
            }
            Column read = reader.read(range);
            values = Values.withOffsets(read.toDoubles(), read.isJagged() ? read.offsets() : null);
            decoded.put(column, values);
        }
        return values;
    }
}
