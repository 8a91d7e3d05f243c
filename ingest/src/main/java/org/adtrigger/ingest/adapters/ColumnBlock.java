package org.adtrigger.ingest.adapters;

import java.io.IOException;

/**
 * Consecutive entries of a columnar input (a ROOT cluster, a chunk of CSV rows), column by column. This is
 * what every columnar adapter maps to events, so the mapping can be tested by feeding arrays.
 */
public interface ColumnBlock {

    int entries();

    /** The number naming entry {@code entry} of the block in its input: a tree entry, a text line. */
    long recordNumber(int entry);

    /** Entry {@code entry} of the block reported as bad, named as its input counts records. */
    BadRecord bad(int entry, String reason);

    /**
     * The column's values over the block.
     *
     * @throws java.util.NoSuchElementException when the block has no such column
     * @throws IOException when the input cannot be read or decoded
     */
    Values values(String column) throws IOException;

    /**
     * The single value of {@code column} in entry {@code entry} (counted within the block): a
     * flat column's value, or the first element of a per-entry vector, as some formats store event-level
     * quantities.
     *
     * @throws BadRecordException when the entry holds no value
     */
    default double scalar(String column, int entry) throws IOException, BadRecordException {
        Values values = values(column);
        if (values.count(entry) < 1) {
            throw new BadRecordException(column + " holds no value");
        }
        return values.get(entry, 0);
    }
}
