package org.adtrigger.ingest.root;

import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.util.Arrays;

/**
 * Random access to a file's bytes, from memory or from a channel. Every read is checked against the
 * size, so offsets taken from a corrupt file fail here with the file name rather than deep inside a
 * parser.
 */
abstract class ByteSource implements Closeable {

    private final String name;

    ByteSource(String name) {
        this.name = name;
    }

    final String name() {
        return name;
    }

    abstract long size();

    /** Exactly {@code length} bytes at {@code offset}, or a format error naming {@code object}. */
    final byte[] read(long offset, long length, String object) throws IOException {
        if (offset < 0 || length < 0 || offset > size() || length > size() - offset) {
            throw Where.inFile(name, object, Math.max(0, offset)).error(0, "reading " + length
                    + " bytes at offset " + offset + " runs past the end of the " + size() + "-byte file");
        }
        return fetch(offset, (int) length);
    }

    abstract byte[] fetch(long offset, int length) throws IOException;

    static ByteSource of(String name, byte[] bytes, int length) {
        return new ByteSource(name) {
            @Override
            long size() {
                return length;
            }

            @Override
            byte[] fetch(long offset, int count) {
                return Arrays.copyOfRange(bytes, (int) offset, (int) offset + count);
            }

            @Override
            public void close() {
                // nothing held
            }
        };
    }

    static ByteSource of(String name, SeekableByteChannel channel) throws IOException {
        long size = channel.size();
        return new ByteSource(name) {
            @Override
            long size() {
                return size;
            }

            @Override
            byte[] fetch(long offset, int count) throws IOException {
                ByteBuffer buffer = ByteBuffer.allocate(count);
                synchronized (channel) {
                    channel.position(offset);
                    while (buffer.hasRemaining()) {
                        if (channel.read(buffer) < 0) {
                            throw Where.inFile(name, "file", offset + buffer.position())
                                    .error(0, "file ended early: it shrank while being read");
                        }
                    }
                }
                return buffer.array();
            }

            @Override
            public void close() throws IOException {
                channel.close();
            }
        };
    }
}
