package org.adtrigger.ingest.adapters;

/**
 * Input that could not become events, and why.
 *
 * @param source the input's name (file name)
 * @param where  which records, as the format counts them: {@code entry 17}, {@code line 3},
 *               {@code entries 0 to 999}
 * @param count  how many records were lost: 1, or a whole cluster that failed to decode
 */
public record BadRecord(String source, String where, long count, String reason) {

    public BadRecord {
        if (count < 1) {
            throw new IllegalArgumentException("a bad record covers at least one record");
        }
    }

    /** Tree entry {@code entry} (counted from 0). */
    public static BadRecord entry(String source, long entry, String reason) {
        return new BadRecord(source, "entry " + entry, 1, reason);
    }

    /** {@code count} tree entries from {@code first}. */
    public static BadRecord entries(String source, long first, long count, String reason) {
        return count == 1 ? entry(source, first, reason)
                : new BadRecord(source, "entries " + first + " to " + (first + count - 1), count, reason);
    }

    /** Text line {@code line} (counted from 1). */
    public static BadRecord line(String source, long line, String reason) {
        return new BadRecord(source, "line " + line, 1, reason);
    }

    @Override
    public String toString() {
        return source + " " + where + ": " + reason;
    }
}
