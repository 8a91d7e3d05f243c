package org.adtrigger.ingest.root;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Writes minimal ROOT files (header, top directory, key list) for tests of the parts that need no real
 * file: 32- and 64-bit pointers, and damaged headers and directories. Written twice: the first pass
 * finds where everything lands, the second fills in the pointers (every field has a fixed width).
 */
final class SyntheticRootFile {

    static final int BEGIN = 100;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final boolean large;
    private final long listedSeek;
    private final boolean loop;
    private int end;
    private int nameBytes;
    private int seekKeys;
    private int keyListBytes;
    private int subdirectoryAt;
    private int subdirectoryBytes;

    private SyntheticRootFile(boolean large, long listedSeek, boolean loop) {
        this.large = large;
        this.listedSeek = listedSeek;
        this.loop = loop;
    }

    /**
     * A file whose top directory lists a key {@code h} of class TH1F at {@code listedSeek} and, when
     * {@code loop}, a subdirectory whose key list is the top directory's again.
     */
    static byte[] build(boolean large, long listedSeek, boolean loop) {
        SyntheticRootFile layout = new SyntheticRootFile(large, listedSeek, loop);
        layout.write(layout);
        SyntheticRootFile file = new SyntheticRootFile(large, listedSeek, loop);
        file.write(layout);
        return file.out.toByteArray();
    }

    private void write(SyntheticRootFile at) {
        bytes("root".getBytes(StandardCharsets.US_ASCII));
        i32(large ? 1_062_206 : 62_206);
        i32(BEGIN);
        seek(at.end);
        seek(at.end); // free segments record
        i32(0);
        i32(0);
        i32(at.nameBytes);
        out.write(large ? 8 : 4);
        i32(101);
        seek(0); // streamer info
        i32(0);
        while (out.size() < BEGIN) {
            out.write(0);
        }
        key(0, "TFile", "test.root", "", BEGIN);
        tstring("test.root");
        tstring("");
        nameBytes = out.size() - BEGIN;
        directory(at.keyListBytes, at.nameBytes, at.seekKeys);
        if (loop) {
            subdirectoryAt = out.size();
            key(at.subdirectoryBytes, "TDirectory", "sub", "", subdirectoryAt);
            int recordAt = out.size();
            directory(at.keyListBytes, 0, at.seekKeys);
            subdirectoryBytes = out.size() - recordAt;
        }
        seekKeys = out.size();
        key(0, "TFile", "test.root", "", seekKeys);
        i32(loop ? 2 : 1);
        key(40, "TH1F", "h", "a histogram", listedSeek);
        if (loop) {
            key(at.subdirectoryBytes, "TDirectory", "sub", "", at.subdirectoryAt);
        }
        keyListBytes = out.size() - seekKeys;
        end = out.size();
    }

    private void directory(int listBytes, int dirNameBytes, long keysAt) {
        i16(large ? 1005 : 5);
        i32(0); // created
        i32(0); // modified
        i32(listBytes);
        i32(dirNameBytes);
        seek(BEGIN);
        seek(0);
        seek(keysAt);
    }

    private void key(int objectBytes, String className, String name, String title, long seekKey) {
        int keyBytes = 18 + (large ? 16 : 8) + 3 + className.length() + name.length() + title.length();
        i32(keyBytes + objectBytes);
        i16(large ? 1004 : 4);
        i32(objectBytes);
        i32(0); // date
        i16(keyBytes);
        i16(1); // cycle
        seek(seekKey);
        seek(BEGIN);
        tstring(className);
        tstring(name);
        tstring(title);
    }

    private void seek(long value) {
        if (large) {
            i32((int) (value >>> 32));
        }
        i32((int) value);
    }

    private void tstring(String s) {
        out.write(s.length());
        bytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    private void i16(int v) {
        out.write(v >>> 8);
        out.write(v);
    }

    private void i32(int v) {
        i16(v >>> 16);
        i16(v & 0xFFFF);
    }

    private void bytes(byte[] b) {
        out.write(b, 0, b.length);
    }
}
