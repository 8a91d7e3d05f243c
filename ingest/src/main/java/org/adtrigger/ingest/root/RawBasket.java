package org.adtrigger.ingest.root;

import java.io.IOException;

/**
 * One basket's entry data, still in ROOT's serialised form, wherever it was kept: inside the tree
 * record (written when the file was closed) or in a key of its own.
 *
 * @param record      the buffer holding the data (the tree record, or the basket's decompressed payload)
 * @param dataStart   first byte of entry data in {@code record}
 * @param dataEnd     first byte past the entry data
 * @param entries     entries in the basket
 * @param entryStarts where each entry starts, plus {@code dataEnd} at the end; null when ROOT wrote none
 *                    (fixed-size entries, or offsets it can regenerate)
 */
record RawBasket(RootBuffer record, int dataStart, int dataEnd, int entries, int[] entryStarts) {

    /** Flag values from TBasket's streamer: offsets present, data present, displacements present. */
    private static final int FLAG_NO_OFFSETS = 2;
    private static final int FLAG_HAS_DATA = 10;
    private static final int FLAG_HAS_DISPLACEMENTS = 40;
    private static final int FLAG_GENERATED_OFFSETS = 80;

    /** The fixed part of a TBasket key after the TKey fields. */
    private record Fields(int entries, int last, int flag) {

        static Fields read(RootBuffer in) throws RootFormatException {
            in.i16(); // version
            in.i32(); // buffer size
            if (in.i32() < 0) {
                in.u8(); // a negated entry-offset array size announces one byte of optional I/O bits
            }
            int entries = in.i32();
            int last = in.i32();
            int flag = in.u8();
            if (entries < 0) {
                throw in.error("negative entry count " + entries);
            }
            return new Fields(entries, last, flag);
        }
    }

    /** A basket streamed inside the tree record, as TBasket::Streamer writes it. */
    static RawBasket embedded(RootBuffer in) throws RootFormatException {
        int start = in.position();
        RootKey key = RootKey.read(in, "", false);
        Fields fields = Fields.read(in);
        int flag = fields.flag;
        boolean generated = flag >= FLAG_GENERATED_OFFSETS;
        if (generated) {
            flag -= FLAG_GENERATED_OFFSETS;
        }
        int[] offsets = null;
        if (!generated && flag != 0 && flag % 10 != FLAG_NO_OFFSETS) {
            offsets = ArrayReader.lengthPrefixedInts(in, "entry offset");
            if (flag > FLAG_HAS_DISPLACEMENTS) {
                in.skip(4L * in.count(in.i32(), 4, "displacement"));
            }
        }
        boolean hasData = flag == 1 || flag > FLAG_HAS_DATA;
        if (!hasData) {
            if (fields.entries > 0) {
                throw in.error(start, "basket claims " + fields.entries + " entries but carries no data");
            }
            return new RawBasket(in, in.position(), in.position(), 0, null);
        }
        int bufferStart = in.position();
        if (fields.last < key.keyBytes()) {
            throw in.error(start, "basket data end " + fields.last + " lies inside its " + key.keyBytes()
                    + "-byte header");
        }
        in.skip(fields.last);
        return new RawBasket(in, bufferStart + key.keyBytes(), bufferStart + fields.last, fields.entries,
                starts(in, offsets, fields.entries, bufferStart, bufferStart + key.keyBytes(),
                        bufferStart + fields.last));
    }

    /** A basket in a key of its own: the entry offsets, if any, follow the data in the payload. */
    static RawBasket onDisk(RecordReader records, long seek, int bytes, String object) throws IOException {
        ByteSource source = records.source();
        byte[] raw = source.read(seek, bytes, object);
        RootBuffer header = new RootBuffer(raw, Where.inFile(source.name(), object, seek), 0);
        RootKey key = RootKey.read(header, "");
        Fields fields = Fields.read(header);
        if (header.position() > key.keyBytes()) {
            throw header.error("basket header runs past its key length " + key.keyBytes());
        }
        RootBuffer payload = records.payload(raw, key, seek, object);
        int border = fields.last - key.keyBytes();
        if (border < 0 || border > payload.limit()) {
            throw payload.error(0, "basket data end " + fields.last + " lies outside the "
                    + payload.limit() + "-byte payload");
        }
        int[] offsets = null;
        if (border < payload.limit()) {
            payload.seek(border);
            offsets = ArrayReader.lengthPrefixedInts(payload, "entry offset");
        }
        return new RawBasket(payload, 0, border, fields.entries,
                starts(payload, offsets, fields.entries, -key.keyBytes(), 0, border));
    }

    /**
     * Turns ROOT's entry offsets (counted from the start of the basket buffer, key header included) into
     * positions in {@code record}, checking that they tile the data exactly.
     */
    private static int[] starts(RootBuffer record, int[] offsets, int entries, int shift, int dataStart,
            int dataEnd) throws RootFormatException {
        if (offsets == null) {
            return null;
        }
        if (offsets.length < entries) {
            throw record.error(dataStart, "basket has " + offsets.length + " entry offsets for " + entries
                    + " entries");
        }
        int[] starts = new int[entries + 1];
        int previous = dataStart;
        for (int i = 0; i < entries; i++) {
            long at = (long) offsets[i] + shift;
            if (at < previous || at > dataEnd || (i == 0 && at != dataStart)) {
                throw record.error(dataStart, "entry " + i + " offset " + offsets[i]
                        + " is out of order or outside the basket data");
            }
            starts[i] = (int) at;
            previous = starts[i];
        }
        starts[entries] = dataEnd;
        return starts;
    }
}
