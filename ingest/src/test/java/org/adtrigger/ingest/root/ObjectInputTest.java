package org.adtrigger.ingest.root;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ObjectInputTest {

    private static final int NEW_CLASS = 0xFFFFFFFF;

    @Test
    void resolvesObjectAndClassReferencesByPosition() throws RootFormatException {
        ByteBuffer b = ByteBuffer.allocate(64);
        b.putInt(0x40000000 | 8).putInt(NEW_CLASS).put("Xy\0".getBytes(StandardCharsets.US_ASCII)).put((byte) 7);
        b.putInt(2); // reference to the object whose byte count sat at position 0
        b.putInt(0x40000000 | 5).putInt(0x80000000 | 6).put((byte) 9); // class tag written at position 4
        ObjectInput in = input(b);
        ObjectInput.Parser parser = (className, input) -> className + input.buffer().u8();

        Object first = in.pointer(parser);
        assertThat(first).isEqualTo("Xy7");
        assertThat(in.pointer(parser)).isSameAs(first);
        assertThat(in.pointer(parser)).isEqualTo("Xy9");
    }

    @Test
    void capsNesting() {
        byte[] inner = new byte[4];
        for (int level = 0; level < 100; level++) {
            ByteBuffer b = ByteBuffer.allocate(inner.length + 10);
            b.putInt(0x40000000 | (inner.length + 6)).putInt(NEW_CLASS).put("X\0".getBytes(StandardCharsets.US_ASCII))
                    .put(inner);
            inner = b.array();
        }
        ObjectInput in = new ObjectInput(new RootBuffer(inner, Where.inFile("f.root", "tree", 0), 0));
        ObjectInput.Parser recurse = new ObjectInput.Parser() {
            @Override
            public Object parse(String className, ObjectInput input) throws RootFormatException {
                return input.pointer(this);
            }
        };
        assertThatThrownBy(() -> in.pointer(recurse)).isInstanceOf(RootFormatException.class)
                .hasMessageContaining("deeper than 64");
    }

    @Test
    void rejectsByteCountsPastTheRecordAndUnknownClasses() {
        ByteBuffer overrun = ByteBuffer.allocate(12).putInt(0x40000100).putInt(NEW_CLASS).putInt(0);
        assertThatThrownBy(() -> input(overrun).pointer((c, i) -> null))
                .hasMessage("f.root: tree: object byte count 256 runs past the record (at file offset 1000)");
        ByteBuffer unknown = ByteBuffer.allocate(8).putInt(0x40000004).putInt(0x80000099);
        assertThatThrownBy(() -> input(unknown).pointer((c, i) -> null))
                .hasMessageContaining("unknown class tag 0x80000099");
        ByteBuffer noCount = ByteBuffer.allocate(8).putShort((short) 2).putInt(0);
        assertThatThrownBy(() -> input(noCount).skipObject("TAttLine")).hasMessageContaining("no byte count");
    }

    @Test
    void reportsPositionsInsideDecompressedRecords() {
        RootBuffer buffer = new RootBuffer(new byte[6], new Where("f.root", "TTree 't'", 500, true), 40);
        assertThatThrownBy(() -> {
            buffer.i32();
            buffer.i32();
        }).isInstanceOfSatisfying(RootFormatException.class, e -> {
            assertThat(e.fileOffset()).isEqualTo(500);
            assertThat(e.recordOffset()).isEqualTo(4);
            assertThat(e.getMessage()).contains("byte 4 of the record decompressed from the key at file offset 500");
        });
    }

    @Test
    void checksCountsAndStringsAgainstTheRecord() {
        RootBuffer counts = new RootBuffer(new byte[16], Where.inFile("f.root", "basket", 0), 0);
        assertThatThrownBy(() -> counts.count(5, 4, "entry offset")).hasMessageContaining("entry offset count 5");
        assertThatThrownBy(() -> counts.count(-1, 1, "key")).hasMessageContaining("key count -1");
        RootBuffer string = new RootBuffer(new byte[] {(byte) 255, 0x7F, 0, 0, 0}, Where.inFile("f", "k", 0), 0);
        assertThatThrownBy(string::tstring).hasMessageContaining("string count 2130706432");
        RootBuffer name = new RootBuffer(new byte[] {'a', 'b'}, Where.inFile("f", "k", 0), 0);
        assertThatThrownBy(() -> name.cstring(10)).hasMessageContaining("not NUL-terminated");
    }

    private static ObjectInput input(ByteBuffer b) {
        return new ObjectInput(new RootBuffer(b.array(), Where.inFile("f.root", "tree", 1000), 0));
    }
}
