package org.adtrigger.ingest.adapters;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * A {@link ColumnBlock} held in memory: columns given as {@link Values}, all over the same entries, which
 * are named either as consecutive tree entries or by the text lines they came from.
 */
public final class ArrayBlock implements ColumnBlock {

    private final String source;
    private final long firstEntry;
    private final long[] lines;
    private final int entries;
    private final Map<String, Values> columns;

    private ArrayBlock(String source, long firstEntry, long[] lines, int entries, Map<String, Values> columns) {
        for (Map.Entry<String, Values> column : columns.entrySet()) {
            if (column.getValue().entries() != entries) {
                throw new IllegalArgumentException("column '" + column.getKey() + "' has "
                        + column.getValue().entries() + " entries, not " + entries);
            }
        }
        this.source = source;
        this.firstEntry = firstEntry;
        this.lines = lines;
        this.entries = entries;
        this.columns = new LinkedHashMap<>(columns);
    }

    /** Entries numbered {@code firstEntry}, {@code firstEntry + 1}, ... as in a tree. */
    public static ArrayBlock entries(String source, long firstEntry, int entries, Map<String, Values> columns) {
        return new ArrayBlock(source, firstEntry, null, entries, columns);
    }

    /** Entry {@code i} read from text line {@code lines[i]}. */
    public static ArrayBlock lines(String source, long[] lines, Map<String, Values> columns) {
        return new ArrayBlock(source, 0, lines.clone(), lines.length, columns);
    }

    @Override
    public int entries() {
        return entries;
    }

    @Override
    public long recordNumber(int entry) {
        return lines == null ? firstEntry + entry : lines[entry];
    }

    @Override
    public BadRecord bad(int entry, String reason) {
        return lines == null ? BadRecord.entry(source, recordNumber(entry), reason)
                : BadRecord.line(source, lines[entry], reason);
    }

    @Override
    public Values values(String column) {
        Values values = columns.get(column);
        if (values == null) {
            throw new NoSuchElementException(source + " has no column '" + column + "'");
        }
        return values;
    }
}
