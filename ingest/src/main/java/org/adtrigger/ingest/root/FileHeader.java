package org.adtrigger.ingest.root;

import java.io.IOException;

/**
 * The fixed header at the start of a ROOT file. Versions from 1000000 on store the seek pointers in 64
 * bits (files over 2 GB).
 *
 * @param version     ROOT version that wrote the file, e.g. 61804 for 6.18/04
 * @param begin       offset of the top directory's key
 * @param end         first byte past the last record
 * @param nameBytes   bytes from {@code begin} to the top directory's own record
 * @param compression default compression setting (algorithm × 100 + level)
 */
record FileHeader(int version, long begin, long end, int nameBytes, int compression) {

    private static final int LARGE_FILE_VERSION = 1_000_000;
    private static final int MAX_HEADER_BYTES = 64;

    static FileHeader read(ByteSource source) throws IOException {
        String object = "file header";
        byte[] raw = source.read(0, Math.min(source.size(), MAX_HEADER_BYTES), object);
        RootBuffer in = new RootBuffer(raw, Where.inFile(source.name(), object, 0), 0);
        if (raw.length < 4 || raw[0] != 'r' || raw[1] != 'o' || raw[2] != 'o' || raw[3] != 't') {
            throw in.error("not a ROOT file: it does not start with the magic bytes 'root'");
        }
        in.skip(4);
        int version = in.i32();
        boolean large = version >= LARGE_FILE_VERSION;
        long begin = in.i32();
        long end = large ? in.i64() : in.i32() & 0xFFFFFFFFL;
        long seekFree = large ? in.i64() : in.i32() & 0xFFFFFFFFL;
        in.i32(); // bytes of the free-segments record
        in.i32(); // number of free segments
        int nameBytes = in.i32();
        in.u8(); // pointer size
        int compression = in.i32();
        FileHeader header = new FileHeader(version % LARGE_FILE_VERSION, begin, end, nameBytes, compression);
        header.check(in, source.size(), seekFree);
        return header;
    }

    private void check(RootBuffer in, long size, long seekFree) throws RootFormatException {
        if (begin < 4 || begin >= size) {
            throw in.error(8, "fBEGIN " + begin + " lies outside the " + size + "-byte file");
        }
        if (end > size) {
            throw in.error(12, "file truncated: fEND says " + end + " bytes but the file has " + size);
        }
        if (nameBytes <= 0 || nameBytes > end - begin) {
            throw in.error("fNbytesName " + nameBytes + " does not fit between fBEGIN and fEND");
        }
        if (seekFree < 0 || seekFree > end) {
            throw in.error(16, "fSeekFree " + seekFree + " lies past fEND " + end);
        }
    }
}
