package org.adtrigger.ingest.root.compress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Undoes ROOT's compression framing: a buffer is a chain of blocks, each with a 9-byte header (two magic
 * bytes naming the algorithm, one method byte, then the compressed and uncompressed sizes as 3-byte
 * little-endian numbers), until the promised uncompressed size is reached.
 *
 * <p>The whole chain is checked against the input before the output is allocated, so a corrupt size
 * cannot make the reader allocate more than the headers consistently describe.
 */
public final class RootDecompressor {

    static final int HEADER_BYTES = 9;

    private RootDecompressor() {
    }

    /**
     * @param src     buffer holding the compressed bytes
     * @param offset  where they start
     * @param length  how many there are
     * @param size    the uncompressed size promised by the enclosing key
     */
    public static byte[] decompress(byte[] src, int offset, int length, int size) throws CompressedDataException {
        if (offset < 0 || length < 0 || (long) offset + length > src.length || size < 0) {
            throw new IllegalArgumentException("range outside the source buffer");
        }
        List<Block> blocks = frame(src, offset, length, size);
        byte[] out = new byte[size];
        int at = 0;
        for (Block block : blocks) {
            decode(block, src, out, at, offset);
            at += block.uncompressed;
        }
        return out;
    }

    private static List<Block> frame(byte[] src, int offset, int length, int size) throws CompressedDataException {
        List<Block> blocks = new ArrayList<>();
        int p = offset;
        int end = offset + length;
        long produced = 0;
        while (produced < size) {
            int rel = p - offset;
            if (end - p < HEADER_BYTES) {
                throw new CompressedDataException(rel, "compressed data ends after " + produced + " of " + size
                        + " bytes, with no room for another block header");
            }
            BlockCodec codec = BlockCodec.forMagic(src[p], src[p + 1]);
            if (codec == null) {
                throw new CompressedDataException(rel, "unknown or unsupported compression algorithm "
                        + magicText(src[p], src[p + 1]));
            }
            int compressed = uint24(src, p + 3);
            int uncompressed = uint24(src, p + 6);
            if (compressed > end - p - HEADER_BYTES) {
                throw new CompressedDataException(rel, "block claims " + compressed + " compressed bytes but only "
                        + (end - p - HEADER_BYTES) + " remain");
            }
            if (uncompressed == 0 || uncompressed > size - produced) {
                throw new CompressedDataException(rel, "block claims " + uncompressed
                        + " uncompressed bytes where " + (size - produced) + " are still expected");
            }
            blocks.add(new Block(codec, p, compressed, uncompressed));
            produced += uncompressed;
            p += HEADER_BYTES + compressed;
        }
        return blocks;
    }

    private static void decode(Block block, byte[] src, byte[] out, int at, int offset)
            throws CompressedDataException {
        int rel = block.headerAt - offset;
        int got;
        try {
            got = block.codec.decode(src, block.headerAt + HEADER_BYTES, block.compressed, out, at,
                    block.uncompressed);
        } catch (IOException | RuntimeException e) {
            // The third-party decoders report malformed input with assorted exception types.
            throw new CompressedDataException(rel, block.codec.magic() + " block does not decode: " + e, e);
        }
        if (got != block.uncompressed) {
            throw new CompressedDataException(rel, block.codec.magic() + " block decoded to " + got
                    + " bytes instead of " + block.uncompressed);
        }
    }

    private static int uint24(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16;
    }

    private static String magicText(byte first, byte second) {
        return String.format("'%s' (0x%02x%02x)", new String(new char[] {printable(first), printable(second)}),
                first & 0xFF, second & 0xFF);
    }

    private static char printable(byte b) {
        return b >= 0x20 && b < 0x7F ? (char) b : '?';
    }

    private record Block(BlockCodec codec, int headerAt, int compressed, int uncompressed) {
    }
}
