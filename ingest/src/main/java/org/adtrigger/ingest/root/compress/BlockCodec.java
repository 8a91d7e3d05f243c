package org.adtrigger.ingest.root.compress;

import io.airlift.compress.lz4.Lz4Decompressor;
import io.airlift.compress.zstd.ZstdDecompressor;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import org.tukaani.xz.XZInputStream;

/**
 * The algorithms ROOT names in the first two bytes of a compressed block. Each decodes exactly one block
 * into a slice of the output and fails unless it yields exactly the size the block header promised.
 */
enum BlockCodec {

    ZLIB("ZL") {
        @Override
        int decode(byte[] src, int off, int len, byte[] dst, int at, int size) throws IOException {
            Inflater inflater = new Inflater();
            try {
                inflater.setInput(src, off, len);
                int produced = 0;
                while (produced < size) {
                    int n = inflater.inflate(dst, at + produced, size - produced);
                    if (n == 0) {
                        break; // all input and room were offered, so no output means the stream ended or is stuck
                    }
                    produced += n;
                }
                return produced;
            } catch (DataFormatException e) {
                throw new IOException("zlib: " + e.getMessage(), e);
            } finally {
                inflater.end();
            }
        }
    },

    LZMA("XZ") {
        /** Enough for ROOT's strongest preset (64 MiB dictionary); a larger demand is a corrupt header. */
        private static final int MEMORY_LIMIT_KIB = 96 * 1024;

        @Override
        int decode(byte[] src, int off, int len, byte[] dst, int at, int size) throws IOException {
            try (XZInputStream in = new XZInputStream(new ByteArrayInputStream(src, off, len), MEMORY_LIMIT_KIB)) {
                return in.readNBytes(dst, at, size);
            }
        }
    },

    LZ4("L4") {
        private static final int CHECKSUM_BYTES = 8;

        @Override
        int decode(byte[] src, int off, int len, byte[] dst, int at, int size) throws IOException {
            if (len < CHECKSUM_BYTES) {
                throw new IOException("LZ4 block shorter than its checksum");
            }
            long stored = 0;
            for (int i = 0; i < CHECKSUM_BYTES; i++) {
                stored = stored << 8 | (src[off + i] & 0xFF);
            }
            long actual = XxHash64.hash(src, off + CHECKSUM_BYTES, len - CHECKSUM_BYTES);
            if (stored != actual) {
                throw new IOException(String.format("LZ4 checksum mismatch: stored %016x, computed %016x",
                        stored, actual));
            }
            return new Lz4Decompressor().decompress(src, off + CHECKSUM_BYTES, len - CHECKSUM_BYTES, dst, at, size);
        }
    },

    ZSTD("ZS") {
        @Override
        int decode(byte[] src, int off, int len, byte[] dst, int at, int size) {
            return new ZstdDecompressor().decompress(src, off, len, dst, at, size);
        }
    };

    private final String magic;

    BlockCodec(String magic) {
        this.magic = magic;
    }

    String magic() {
        return magic;
    }

    /** Decodes one block; returns how many bytes it produced (the caller checks the count). */
    abstract int decode(byte[] src, int off, int len, byte[] dst, int at, int size) throws IOException;

    /** The codec named by the two magic bytes, or null for one this reader does not know. */
    static BlockCodec forMagic(byte first, byte second) {
        for (BlockCodec codec : values()) {
            if (codec.magic.charAt(0) == first && codec.magic.charAt(1) == second) {
                return codec;
            }
        }
        return null;
    }
}
