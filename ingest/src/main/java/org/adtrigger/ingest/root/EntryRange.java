package org.adtrigger.ingest.root;

/** Entries {@code start} (inclusive) to {@code end} (exclusive) of a tree. */
public record EntryRange(long start, long end) {

    public EntryRange {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad entry range [" + start + ", " + end + ")");
        }
    }

    public long size() {
        return end - start;
    }

    @Override
    public String toString() {
        return "[" + start + ", " + end + ")";
    }
}
