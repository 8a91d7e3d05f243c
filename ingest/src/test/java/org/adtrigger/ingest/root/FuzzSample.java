package org.adtrigger.ingest.root;

import java.io.IOException;
import java.util.Arrays;

/**
 * A real file prepared for fuzzing: its tree record is rewritten as stored uncompressed (appended at the
 * end, directory entry patched), so that mutations reach the streamed TTree/TBranch/TLeaf/TBasket
 * objects instead of only the compressed stream.
 *
 * @param treeStart first byte of the tree's key
 * @param treeEnd   first byte past it
 * @param keysEnd   end of the original file, whose tail holds the key list
 */
record FuzzSample(String name, byte[] bytes, int treeStart, int treeEnd, int keysEnd) {

    private static final int KEY_FIXED_BYTES = 26;
    private static final int SEEK_KEY_AT = 18;

    static FuzzSample of(String name, boolean uncompressTree) throws IOException {
        byte[] original = RootTestData.bytes(name);
        RootKey key;
        byte[] payload;
        try (RootFile file = RootFile.open(name, original)) {
            key = file.keys().stream().filter(k -> k.className().equals("TTree")).findFirst().orElseThrow();
            payload = new RecordReader(ByteSource.of(name, original, original.length)).payload(key, "tree").array();
        }
        int seek = (int) key.seekKey();
        boolean stored = key.objectBytes() == key.totalBytes() - key.keyBytes();
        if (stored || !uncompressTree) {
            return new FuzzSample(name, original, seek, seek + key.totalBytes(), original.length);
        }
        int total = key.keyBytes() + payload.length;
        byte[] out = Arrays.copyOf(original, original.length + total);
        System.arraycopy(original, seek, out, original.length, key.keyBytes());
        System.arraycopy(payload, 0, out, original.length + key.keyBytes(), payload.length);
        byte[] pattern = Arrays.copyOfRange(original, seek, seek + KEY_FIXED_BYTES);
        boolean large = ((original[seek + 4] & 0xFF) << 8 | (original[seek + 5] & 0xFF)) > 1000;
        patchKey(out, original.length, total, large);
        for (int p = indexOf(original, pattern, 0); p >= 0; p = indexOf(original, pattern, p + 1)) {
            if (p != seek) {
                patchKey(out, p, total, large);
            }
        }
        return new FuzzSample(name + " (tree stored uncompressed)", out, original.length, out.length,
                original.length);
    }

    /** Points the key header at {@code at} to the appended uncompressed record. */
    private static void patchKey(byte[] out, int at, int total, boolean large) {
        int newSeek = out.length - total;
        putInt(out, at, total);
        if (large) {
            putInt(out, at + SEEK_KEY_AT, 0);
            putInt(out, at + SEEK_KEY_AT + 4, newSeek);
        } else {
            putInt(out, at + SEEK_KEY_AT, newSeek);
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static int indexOf(byte[] haystack, byte[] needle, int from) {
        outer:
        for (int i = from; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
