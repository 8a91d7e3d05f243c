package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import org.junit.jupiter.api.Test;

class BasketDecoderTest {

    private static final BranchShape VECTOR = new BranchShape(BranchKind.VECTOR, ElementType.FLOAT32, 1, null, "");
    private static final BranchShape SCALAR = new BranchShape(BranchKind.SCALAR, ElementType.INT16, 1, null, "");
    private static final BranchShape STRING = new BranchShape(BranchKind.STRING, ElementType.INT8, 1, null, "");
    private static final BranchShape COUNTED =
            new BranchShape(BranchKind.COUNTED_ARRAY, ElementType.FLOAT64, 1, null, "");

    @Test
    void decodesStdVectorsWithAndWithoutEntryOffsets() throws RootFormatException {
        byte[] data = vectors(2, 0);
        for (int[] starts : new int[][] {{0, 18, 28}, null}) {
            Column c = BasketDecoder.decode(VECTOR, basket(data, 2, starts), 40, "b");
            assertThat(c.firstEntry()).isEqualTo(40);
            assertThat(c.floats()).containsExactly(1.5f, -2f);
            assertThat(c.offsets()).containsExactly(0, 2, 2);
        }
    }

    @Test
    void rejectsAVectorWhoseSizeDisagreesWithItsByteCount() {
        byte[] data = vectors(3, 0);
        assertThatThrownBy(() -> BasketDecoder.decode(VECTOR, basket(data, 2, null), 0, "branch 'v' basket 0"))
                .isInstanceOf(RootFormatException.class)
                .hasMessageStartingWith("f.root: branch 'v' basket 0: entry 0 is not a well-formed std::vector<float>");
    }

    @Test
    void decodesFixedEntriesAndRejectsAWrongDataSize() throws RootFormatException {
        byte[] data = {0, 1, (byte) 0xFF, (byte) 0xFE};
        assertThat(BasketDecoder.decode(SCALAR, basket(data, 2, null), 0, "b").shorts()).containsExactly(
                (short) 1, (short) -2);
        assertThatThrownBy(() -> BasketDecoder.decode(SCALAR, basket(data, 3, null), 0, "b"))
                .hasMessageContaining("basket holds 4 bytes where 3 entries of 1 int16_t need 6");
    }

    @Test
    void countedArraysNeedWholeElementsAndEntryOffsets() throws RootFormatException {
        byte[] data = ByteBuffer.allocate(24).putDouble(1).putDouble(2).putDouble(3).array();
        Column c = BasketDecoder.decode(COUNTED, basket(data, 2, new int[] {0, 8, 24}), 0, "b");
        assertThat(c.doubles()).containsExactly(1, 2, 3);
        assertThat(c.offsets()).containsExactly(0, 1, 3);
        assertThatThrownBy(() -> BasketDecoder.decode(COUNTED, basket(data, 2, new int[] {0, 5, 24}), 0, "b"))
                .hasMessageContaining("not a whole number of double");
        assertThatThrownBy(() -> BasketDecoder.decode(COUNTED, basket(data, 2, null), 0, "b"))
                .hasMessageContaining("no entry offsets");
    }

    @Test
    void decodesStringsShortAndLongWithAndWithoutEntryOffsets() throws RootFormatException {
        String longText = "x".repeat(300);
        ByteBuffer data = ByteBuffer.allocate(3 + 5 + 300 + 1);
        data.put((byte) 2).put("GT".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        data.put((byte) 255).putInt(300).put(longText.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        data.put((byte) 0);
        for (int[] starts : new int[][] {{0, 3, 308, 309}, null}) {
            Column c = BasketDecoder.decode(STRING, basket(data.array(), 3, starts), 7, "b");
            assertThat(c.strings()).containsExactly("GT", longText, "");
            assertThat(c.offsets()).containsExactly(0, 2, 302, 302);
            assertThat(c.firstEntry()).isEqualTo(7);
        }
    }

    @Test
    void rejectsAStringLongerThanItsEntry() {
        byte[] data = {5, 'a', 'b'};
        assertThatThrownBy(() -> BasketDecoder.decode(STRING, basket(data, 1, new int[] {0, 3}), 0, "branch 's'"))
                .isInstanceOf(RootFormatException.class)
                .hasMessageContaining("branch 's'")
                .hasMessageContaining("entry 0 is not a well-formed string: length 5, 2 bytes available");
        assertThatThrownBy(() -> BasketDecoder.decode(STRING, basket(new byte[] {1, 'a', 'b'}, 1, null), 0, "s"))
                .hasMessageContaining("1 bytes left over");
    }

    /** Two std::vector<float> entries, {1.5, -2} and {}, the first claiming {@code firstSize} elements. */
    private static byte[] vectors(int firstSize, int secondSize) {
        return ByteBuffer.allocate(28).putInt(0x40000000 | 14).putShort((short) 9).putInt(firstSize).putFloat(1.5f)
                .putFloat(-2f).putInt(0x40000000 | 6).putShort((short) 9).putInt(secondSize).array();
    }

    private static RawBasket basket(byte[] data, int entries, int[] starts) {
        RootBuffer record = new RootBuffer(data, Where.inFile("f.root", "basket", 0), 0);
        return new RawBasket(record, 0, data.length, entries, starts);
    }
}
