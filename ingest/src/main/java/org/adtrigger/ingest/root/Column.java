package org.adtrigger.ingest.root;

import java.util.List;

/**
 * Values of one branch over a range of entries, column-wise. Flat branches give one value per entry;
 * jagged ones also give {@link #offsets()}: entry {@code i} holds values {@code offsets[i]} up to
 * {@code offsets[i + 1]}.
 *
 * <p>The typed accessors return the column's own arrays, without copying: callers must not modify them.
 */
public final class Column {

    private final ElementType type;
    private final long firstEntry;
    private final int entries;
    private final Object values;
    private final int[] offsets;

    Column(ElementType type, long firstEntry, int entries, Object values, int[] offsets) {
        this.type = type;
        this.firstEntry = firstEntry;
        this.entries = entries;
        this.values = values;
        this.offsets = offsets;
    }

    public ElementType type() {
        return type;
    }

    public long firstEntry() {
        return firstEntry;
    }

    public int entries() {
        return entries;
    }

    /** Number of values over all entries. */
    public int size() {
        return java.lang.reflect.Array.getLength(values);
    }

    public boolean isJagged() {
        return offsets != null;
    }

    /** {@code entries() + 1} value offsets; only for jagged columns. */
    public int[] offsets() {
        if (offsets == null) {
            throw new IllegalStateException("a flat column has one value per entry and no offsets");
        }
        return offsets;
    }

    /** Number of values in entry {@code i} (counted from {@link #firstEntry()}). */
    public int count(int i) {
        return offsets == null ? 1 : offsets[i + 1] - offsets[i];
    }

    public boolean[] booleans() {
        return values(boolean[].class);
    }

    /** INT8 and UINT8 values; read UINT8 with {@code & 0xFF}. */
    public byte[] bytes() {
        return values(byte[].class);
    }

    public short[] shorts() {
        return values(short[].class);
    }

    /** INT32 and UINT32 values; read UINT32 with {@link Integer#toUnsignedLong}. */
    public int[] ints() {
        return values(int[].class);
    }

    public long[] longs() {
        return values(long[].class);
    }

    public float[] floats() {
        return values(float[].class);
    }

    public double[] doubles() {
        return values(double[].class);
    }

    /**
     * Each entry's bytes as a string, for STRING branches (and {@code char[n]} arrays): UTF-8, which
     * covers the ASCII that ROOT files hold in practice; a trailing zero padding is dropped.
     */
    public String[] strings() {
        if (offsets == null || type.javaType() != byte.class) {
            throw new IllegalStateException("column holds " + (offsets == null ? "flat " : "") + type
                    + ", not strings");
        }
        byte[] text = (byte[]) values;
        String[] out = new String[entries];
        for (int i = 0; i < entries; i++) {
            int end = offsets[i + 1];
            while (end > offsets[i] && text[end - 1] == 0) {
                end--;
            }
            out[i] = new String(text, offsets[i], end - offsets[i], java.nio.charset.StandardCharsets.UTF_8);
        }
        return out;
    }

    /** Every value converted to double, whatever the type (unsigned types read as unsigned). */
    public double[] toDoubles() {
        double[] out = new double[size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = type.toDouble(values, i);
        }
        return out;
    }

    private <T> T values(Class<T> arrayType) {
        if (!arrayType.isInstance(values)) {
            throw new IllegalStateException("column holds " + type + ", not " + arrayType.getSimpleName());
        }
        return arrayType.cast(values);
    }

    /** Entries {@code from} to {@code to} (absolute entry numbers inside this column). */
    Column slice(long from, long to) {
        if (from == firstEntry && to == firstEntry + entries) {
            return this;
        }
        int first = (int) (from - firstEntry);
        int count = (int) (to - from);
        if (offsets == null) {
            Object part = type.newArray(count);
            System.arraycopy(values, first, part, 0, count);
            return new Column(type, from, count, part, null);
        }
        int valueStart = offsets[first];
        Object part = type.newArray(offsets[first + count] - valueStart);
        System.arraycopy(values, valueStart, part, 0, java.lang.reflect.Array.getLength(part));
        int[] partOffsets = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            partOffsets[i] = offsets[first + i] - valueStart;
        }
        return new Column(type, from, count, part, partOffsets);
    }

    /** Consecutive columns of one branch joined into one. */
    static Column concat(ElementType type, long firstEntry, boolean jagged, List<Column> parts) {
        if (parts.size() == 1) {
            return parts.get(0);
        }
        long entries = 0;
        long size = 0;
        for (Column part : parts) {
            entries += part.entries;
            size += part.size();
        }
        if (size > Integer.MAX_VALUE - 8 || entries > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("range too large for one column: read it in smaller ranges");
        }
        Object values = type.newArray((int) size);
        int[] offsets = jagged ? new int[(int) entries + 1] : null;
        int valueAt = 0;
        int entryAt = 0;
        for (Column part : parts) {
            System.arraycopy(part.values, 0, values, valueAt, part.size());
            for (int i = 0; jagged && i < part.entries; i++) {
                offsets[entryAt + i + 1] = valueAt + part.offsets[i + 1];
            }
            valueAt += part.size();
            entryAt += part.entries;
        }
        return new Column(type, firstEntry, (int) entries, values, offsets);
    }
}
