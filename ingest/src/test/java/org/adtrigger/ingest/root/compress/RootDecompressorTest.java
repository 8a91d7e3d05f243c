package org.adtrigger.ingest.root.compress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.airlift.compress.lz4.Lz4Compressor;
import io.airlift.compress.zstd.ZstdCompressor;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import org.junit.jupiter.api.Test;
import org.tukaani.xz.LZMA2Options;
import org.tukaani.xz.XZOutputStream;

class RootDecompressorTest {

    private static final byte[] TEXT = "ROOT compresses baskets block by block. ".repeat(40)
            .getBytes(StandardCharsets.US_ASCII);

    @Test
    void decodesEveryAlgorithmChainedInOneBuffer() throws IOException {
        byte[][] parts = {Arrays.copyOfRange(TEXT, 0, 400), Arrays.copyOfRange(TEXT, 400, 800),
            Arrays.copyOfRange(TEXT, 800, 1200), Arrays.copyOfRange(TEXT, 1200, TEXT.length)};
        ByteArrayOutputStream chain = new ByteArrayOutputStream();
        chain.write(block("ZL", zlib(parts[0]), parts[0].length));
        chain.write(block("XZ", xz(parts[1]), parts[1].length));
        chain.write(block("L4", lz4WithChecksum(parts[2]), parts[2].length));
        chain.write(block("ZS", zstd(parts[3]), parts[3].length));
        byte[] src = chain.toByteArray();

        assertThat(RootDecompressor.decompress(src, 0, src.length, TEXT.length)).isEqualTo(TEXT);
    }

    @Test
    void rejectsAnUnknownAlgorithmNamingIt() {
        byte[] src = block("CS", new byte[20], 100);
        assertThatThrownBy(() -> RootDecompressor.decompress(src, 0, src.length, 100))
                .isInstanceOf(CompressedDataException.class).hasMessageContaining("'CS'");
    }

    @Test
    void rejectsBlocksThatOverrunTheInput() {
        byte[] src = block("ZL", zlib(TEXT), TEXT.length);
        byte[] cut = Arrays.copyOf(src, src.length - 5);
        assertThatThrownBy(() -> RootDecompressor.decompress(cut, 0, cut.length, TEXT.length))
                .hasMessageContaining("compressed bytes but only");
    }

    @Test
    void rejectsAChainThatEndsBeforeThePromisedSizeWithoutAllocatingIt() {
        byte[] src = block("ZL", zlib(TEXT), TEXT.length);
        assertThatThrownBy(() -> RootDecompressor.decompress(src, 0, src.length, Integer.MAX_VALUE - 8))
                .isInstanceOf(CompressedDataException.class).hasMessageContaining("no room for another block");
    }

    @Test
    void rejectsABlockPromisingMoreThanTheKeyAllows() {
        byte[] src = block("ZL", zlib(TEXT), TEXT.length);
        assertThatThrownBy(() -> RootDecompressor.decompress(src, 0, src.length, 10))
                .hasMessageContaining("uncompressed bytes where 10 are still expected");
    }

    @Test
    void rejectsAWrongLz4ChecksumAndCorruptStreams() {
        byte[] lz4 = block("L4", lz4WithChecksum(TEXT), TEXT.length);
        lz4[9] ^= 1;
        assertThatThrownBy(() -> RootDecompressor.decompress(lz4, 0, lz4.length, TEXT.length))
                .hasMessageContaining("checksum mismatch").extracting(e -> ((CompressedDataException) e).position())
                .isEqualTo(0);
        byte[] zl = block("ZL", zlib(TEXT), TEXT.length);
        zl[12] ^= 0x55;
        assertThatThrownBy(() -> RootDecompressor.decompress(zl, 0, zl.length, TEXT.length))
                .isInstanceOf(CompressedDataException.class);
    }

    @Test
    void rejectsABlockThatDecodesToFewerBytesThanPromised() {
        byte[] src = block("ZS", zstd(TEXT), TEXT.length + 1);
        assertThatThrownBy(() -> RootDecompressor.decompress(src, 0, src.length, TEXT.length + 1))
                .isInstanceOf(CompressedDataException.class);
    }

    @Test
    void xxHash64MatchesTheReferenceImplementation() throws ReflectiveOperationException {
        assertThat(XxHash64.hash(new byte[0], 0, 0)).isEqualTo(0xEF46DB3751D8E999L);
        Class<?> reference = Class.forName("io.airlift.compress.zstd.XxHash64");
        Method update = reference.getMethod("update", byte[].class, int.class, int.class);
        Method hash = reference.getMethod("hash");
        update.setAccessible(true);
        hash.setAccessible(true);
        Random random = new Random(7);
        for (int length = 0; length < 200; length++) {
            byte[] data = new byte[length + 3];
            random.nextBytes(data);
            java.lang.reflect.Constructor<?> constructor = reference.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object hasher = constructor.newInstance();
            update.invoke(hasher, data, 3, length);
            assertThat(XxHash64.hash(data, 3, length)).as("length " + length).isEqualTo(hash.invoke(hasher));
        }
    }

    static byte[] block(String magic, byte[] payload, int uncompressed) {
        byte[] out = new byte[RootDecompressor.HEADER_BYTES + payload.length];
        out[0] = (byte) magic.charAt(0);
        out[1] = (byte) magic.charAt(1);
        out[2] = 1;
        for (int i = 0; i < 3; i++) {
            out[3 + i] = (byte) (payload.length >>> (8 * i));
            out[6 + i] = (byte) (uncompressed >>> (8 * i));
        }
        System.arraycopy(payload, 0, out, RootDecompressor.HEADER_BYTES, payload.length);
        return out;
    }

    static byte[] zlib(byte[] data) {
        Deflater deflater = new Deflater();
        deflater.setInput(data);
        deflater.finish();
        byte[] buffer = new byte[data.length + 64];
        int n = deflater.deflate(buffer);
        deflater.end();
        return Arrays.copyOf(buffer, n);
    }

    private static byte[] xz(byte[] data) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XZOutputStream xz = new XZOutputStream(out, new LZMA2Options(1))) {
            xz.write(data);
        }
        return out.toByteArray();
    }

    private static byte[] lz4WithChecksum(byte[] data) {
        Lz4Compressor compressor = new Lz4Compressor();
        byte[] buffer = new byte[8 + compressor.maxCompressedLength(data.length)];
        int n = compressor.compress(data, 0, data.length, buffer, 8, buffer.length - 8);
        long checksum = XxHash64.hash(buffer, 8, n);
        for (int i = 0; i < 8; i++) {
            buffer[i] = (byte) (checksum >>> (56 - 8 * i));
        }
        return Arrays.copyOf(buffer, 8 + n);
    }

    private static byte[] zstd(byte[] data) {
        ZstdCompressor compressor = new ZstdCompressor();
        byte[] buffer = new byte[compressor.maxCompressedLength(data.length)];
        int n = compressor.compress(data, 0, data.length, buffer, 0, buffer.length);
        return Arrays.copyOf(buffer, n);
    }
}
