package org.adtrigger.ingest.root;

import java.nio.charset.StandardCharsets;

/**
 * A big-endian cursor over one record's bytes. Every read is bounds-checked and fails with a
 * {@link RootFormatException} that names the file, the object being read and the offset.
 */
final class RootBuffer {

    private final byte[] data;
    private final int rootOrigin;
    private Where where;
    private int pos;

    /**
     * @param rootOrigin the offset ROOT itself gives byte 0 of {@code data}; object references count from
     *                   the start of the key, so for a key's payload this is the key length
     */
    RootBuffer(byte[] data, Where where, int rootOrigin) {
        this.data = data;
        this.where = where;
        this.rootOrigin = rootOrigin;
    }

    /** A second cursor over the same bytes, so readers of one shared record do not move each other. */
    RootBuffer view() {
        return new RootBuffer(data, where, rootOrigin);
    }

    int position() {
        return pos;
    }

    int limit() {
        return data.length;
    }

    int remaining() {
        return data.length - pos;
    }

    byte[] array() {
        return data;
    }

    Where where() {
        return where;
    }

    /** Names the object now being read in later error messages; returns the previous name. */
    String describe(String object) {
        String previous = where.object();
        where = where.about(object);
        return previous;
    }

    /** A position in ROOT's own coordinates, the key of object and class references. */
    int toRootPosition(int position) {
        return position + rootOrigin;
    }

    void seek(long position) throws RootFormatException {
        if (position < 0 || position > data.length) {
            throw error("offset " + position + " lies outside the " + data.length + "-byte record");
        }
        pos = (int) position;
    }

    void skip(long count) throws RootFormatException {
        need(count);
        pos += (int) count;
    }

    byte i8() throws RootFormatException {
        need(1);
        return data[pos++];
    }

    int u8() throws RootFormatException {
        return i8() & 0xFF;
    }

    short i16() throws RootFormatException {
        need(2);
        short v = (short) ((data[pos] & 0xFF) << 8 | (data[pos + 1] & 0xFF));
        pos += 2;
        return v;
    }

    int i32() throws RootFormatException {
        need(4);
        int v = peekI32();
        pos += 4;
        return v;
    }

    /** The next four bytes as an int without consuming them. */
    int peekI32() throws RootFormatException {
        need(4);
        return (data[pos] & 0xFF) << 24 | (data[pos + 1] & 0xFF) << 16 | (data[pos + 2] & 0xFF) << 8
                | (data[pos + 3] & 0xFF);
    }

    long i64() throws RootFormatException {
        long high = i32() & 0xFFFFFFFFL;
        return high << 32 | (i32() & 0xFFFFFFFFL);
    }

    byte[] bytes(int count) throws RootFormatException {
        need(count);
        byte[] out = new byte[count];
        System.arraycopy(data, pos, out, 0, count);
        pos += count;
        return out;
    }

    /** A TString: one length byte, or 255 followed by a four-byte length. */
    String tstring() throws RootFormatException {
        int length = u8();
        if (length == 255) {
            length = i32();
        }
        return text(count(length, 1, "string"));
    }

    /** A NUL-terminated class name as written after a new-class tag. */
    String cstring(int maxLength) throws RootFormatException {
        for (int end = pos; end < data.length && end - pos <= maxLength; end++) {
            if (data[end] == 0) {
                String text = text(end - pos);
                pos++;
                return text;
            }
        }
        throw error("class name is not NUL-terminated within " + maxLength + " bytes");
    }

    private String text(int length) {
        String s = new String(data, pos, length, StandardCharsets.ISO_8859_1);
        pos += length;
        return s;
    }

    /**
     * Checks a count read from the file: non-negative, and {@code count * elementBytes} must fit in what
     * is left of the record. Returns it as an int.
     */
    int count(long count, int elementBytes, String what) throws RootFormatException {
        if (count < 0 || count > remaining() / elementBytes) {
            throw error(what + " count " + count + " does not fit in the " + remaining()
                    + " bytes left in the record");
        }
        return (int) count;
    }

    RootFormatException error(String problem) {
        return where.error(pos, problem);
    }

    RootFormatException error(int position, String problem) {
        return where.error(position, problem);
    }

    private void need(long count) throws RootFormatException {
        if (count < 0 || count > data.length - pos) {
            throw error("needs " + count + " bytes but only " + (data.length - pos) + " remain in the record");
        }
    }
}
