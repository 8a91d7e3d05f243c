package org.adtrigger.ingest.root;

/**
 * Turns one basket's serialised entries into a {@link Column}, checking every size against the bytes
 * the basket really holds.
 */
final class BasketDecoder {

    /** A std::vector entry: byte count (with ROOT's flag bit), class version, element count. */
    private static final int VECTOR_HEADER_BYTES = 10;
    private static final int BYTE_COUNT_MASK = 0x40000000;
    /** A string length byte of 255 announces a four-byte length for strings of 255 bytes or more. */
    private static final int LONG_STRING = 255;

    private BasketDecoder() {
    }

    /** @param object the basket, named in error messages */
    static Column decode(BranchShape shape, RawBasket basket, long firstEntry, String object)
            throws RootFormatException {
        RootBuffer in = basket.record().view();
        in.describe(object);
        return switch (shape.kind()) {
            case SCALAR, FIXED_ARRAY -> fixed(shape, basket, firstEntry, in);
            case COUNTED_ARRAY -> counted(shape.type(), basket, firstEntry, in);
            case VECTOR -> vectors(shape.type(), basket, firstEntry, in);
            case STRING -> strings(basket, firstEntry, in);
            case UNSUPPORTED -> throw in.error(basket.dataStart(), "branch cannot be read: " + shape.reason());
        };
    }

    private static Column fixed(BranchShape shape, RawBasket basket, long firstEntry, RootBuffer in)
            throws RootFormatException {
        ElementType type = shape.type();
        int perEntry = shape.fixedLength();
        long expected = (long) basket.entries() * perEntry * type.bytes();
        int held = basket.dataEnd() - basket.dataStart();
        if (held != expected) {
            throw in.error(basket.dataStart(), "basket holds " + held + " bytes where "
                    + basket.entries() + " entries of " + perEntry + " " + type.cppName() + " need " + expected);
        }
        int count = basket.entries() * perEntry;
        Object values = type.newArray(count);
        type.decode(in.array(), basket.dataStart(), count, values, 0);
        int[] offsets = null;
        if (shape.kind() == BranchKind.FIXED_ARRAY) {
            offsets = new int[basket.entries() + 1];
            for (int i = 0; i <= basket.entries(); i++) {
                offsets[i] = i * perEntry;
            }
        }
        return new Column(type, firstEntry, basket.entries(), values, offsets);
    }

    private static Column counted(ElementType type, RawBasket basket, long firstEntry, RootBuffer in)
            throws RootFormatException {
        int[] starts = basket.entryStarts();
        if (starts == null) {
            throw in.error(basket.dataStart(), "basket of a variable-length branch has no entry offsets");
        }
        int[] offsets = new int[basket.entries() + 1];
        for (int i = 0; i < basket.entries(); i++) {
            int bytes = starts[i + 1] - starts[i];
            if (bytes % type.bytes() != 0) {
                throw in.error(starts[i], "entry " + i + " holds " + bytes
                        + " bytes, not a whole number of " + type.cppName());
            }
            offsets[i + 1] = offsets[i] + bytes / type.bytes();
        }
        Object values = type.newArray(offsets[basket.entries()]);
        type.decode(in.array(), basket.dataStart(), offsets[basket.entries()], values, 0);
        return new Column(type, firstEntry, basket.entries(), values, offsets);
    }

    /** Each entry is a streamed std::vector; entries are walked by their byte counts. */
    private static Column vectors(ElementType type, RawBasket basket, long firstEntry, RootBuffer in)
            throws RootFormatException {
        byte[] data = in.array();
        int[] starts = basket.entryStarts();
        int[] valueStarts = new int[basket.entries()];
        int[] offsets = new int[basket.entries() + 1];
        int at = basket.dataStart();
        for (int i = 0; i < basket.entries(); i++) {
            int end = starts == null ? basket.dataEnd() : starts[i + 1];
            if (starts != null) {
                at = starts[i];
            }
            if (end - at < VECTOR_HEADER_BYTES) {
                throw in.error(at, "entry " + i + " is too short for a std::vector header");
            }
            in.seek(at);
            int byteCount = in.i32();
            in.i16(); // std::vector class version
            int size = in.i32();
            long entryEnd = (long) at + 4 + (byteCount & ~BYTE_COUNT_MASK);
            if ((byteCount & BYTE_COUNT_MASK) == 0 || size < 0
                    || (long) size * type.bytes() != entryEnd - at - VECTOR_HEADER_BYTES
                    || entryEnd > end || (starts != null && entryEnd != end)) {
                throw in.error(at, "entry " + i + " is not a well-formed std::vector<" + type.cppName()
                        + ">: byte count " + (byteCount & ~BYTE_COUNT_MASK) + ", size " + size + ", "
                        + (end - at) + " bytes available");
            }
            valueStarts[i] = at + VECTOR_HEADER_BYTES;
            offsets[i + 1] = offsets[i] + size;
            at = (int) entryEnd;
        }
        if (starts == null && at != basket.dataEnd()) {
            throw in.error(at, (basket.dataEnd() - at) + " bytes left over after the last entry");
        }
        Object values = type.newArray(offsets[basket.entries()]);
        for (int i = 0; i < basket.entries(); i++) {
            type.decode(data, valueStarts[i], offsets[i + 1] - offsets[i], values, offsets[i]);
        }
        return new Column(type, firstEntry, basket.entries(), values, offsets);
    }

    /**
     * Each entry is a string as TBuffer::WriteFastArrayString writes it: a length byte (255, then a
     * four-byte length, for long strings) and the characters, without a terminating zero.
     */
    private static Column strings(RawBasket basket, long firstEntry, RootBuffer in) throws RootFormatException {
        int[] starts = basket.entryStarts();
        int[] textStarts = new int[basket.entries()];
        int[] offsets = new int[basket.entries() + 1];
        int at = basket.dataStart();
        for (int i = 0; i < basket.entries(); i++) {
            int end = starts == null ? basket.dataEnd() : starts[i + 1];
            if (starts != null) {
                at = starts[i];
            }
            if (at >= end) {
                throw in.error(at, "entry " + i + " is too short for a string length");
            }
            in.seek(at);
            int length = in.u8();
            if (length == LONG_STRING) {
                if (end - in.position() < 4) {
                    throw in.error(at, "entry " + i + " is too short for a long string's length");
                }
                length = in.i32();
            }
            long entryEnd = (long) in.position() + length;
            if (length < 0 || entryEnd > end || (starts != null && entryEnd != end)) {
                throw in.error(at, "entry " + i + " is not a well-formed string: length " + length + ", "
                        + (end - in.position()) + " bytes available");
            }
            textStarts[i] = in.position();
            offsets[i + 1] = offsets[i] + length;
            at = (int) entryEnd;
        }
        if (starts == null && at != basket.dataEnd()) {
            throw in.error(at, (basket.dataEnd() - at) + " bytes left over after the last entry");
        }
        byte[] text = new byte[offsets[basket.entries()]];
        for (int i = 0; i < basket.entries(); i++) {
            System.arraycopy(in.array(), textStarts[i], text, offsets[i], offsets[i + 1] - offsets[i]);
        }
        return new Column(ElementType.INT8, firstEntry, basket.entries(), text, offsets);
    }
}
