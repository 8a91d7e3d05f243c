package org.adtrigger.ingest.root;

import org.adtrigger.ingest.root.compress.CompressedDataException;
import org.adtrigger.ingest.root.compress.RootDecompressor;

/**
 * Fetches the object stored under a key, decompressing it when the key says so (its object length
 * exceeds the bytes stored after the header).
 */
final class RecordReader {

    private final ByteSource source;

    RecordReader(ByteSource source) {
        this.source = source;
    }

    ByteSource source() {
        return source;
    }

    /** The object stored under {@code listed}, whose header is re-read from the file rather than trusted. */
    RootBuffer payload(RootKey listed, String object) throws java.io.IOException {
        byte[] raw = source.read(listed.seekKey(), listed.totalBytes(), object);
        RootKey key = RootKey.read(new RootBuffer(raw, Where.inFile(source.name(), object, listed.seekKey()), 0),
                listed.directory());
        if (key.totalBytes() != listed.totalBytes() || key.keyBytes() != listed.keyBytes()) {
            throw Where.inFile(source.name(), object, listed.seekKey()).error(0, "key on disk (" + key.totalBytes()
                    + " bytes, header " + key.keyBytes() + ") disagrees with its directory entry ("
                    + listed.totalBytes() + ", " + listed.keyBytes() + ")");
        }
        return payload(raw, key, listed.seekKey(), object);
    }

    /**
     * The object stored under {@code key}, whose bytes (header included) were read from file offset
     * {@code at} into {@code raw}; the buffer's positions count from the end of the key header.
     */
    RootBuffer payload(byte[] raw, RootKey key, long at, String object) throws RootFormatException {
        if (key.totalBytes() > raw.length) {
            throw Where.inFile(source.name(), object, at).error(0, "key claims " + key.totalBytes()
                    + " bytes where its reference allows " + raw.length);
        }
        int stored = key.totalBytes() - key.keyBytes();
        if (key.objectBytes() <= stored) {
            byte[] data = new byte[key.objectBytes()];
            System.arraycopy(raw, key.keyBytes(), data, 0, data.length);
            return new RootBuffer(data, Where.inFile(source.name(), object, at + key.keyBytes()),
                    key.keyBytes());
        }
        try {
            byte[] data = RootDecompressor.decompress(raw, key.keyBytes(), stored, key.objectBytes());
            return new RootBuffer(data, new Where(source.name(), object, at, true), key.keyBytes());
        } catch (CompressedDataException e) {
            throw Where.inFile(source.name(), object, at + key.keyBytes())
                    .error(e.position(), e.getMessage(), e);
        }
    }
}
