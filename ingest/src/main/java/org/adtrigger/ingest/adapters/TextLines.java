package org.adtrigger.ingest.adapters;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A text file read line by line, knowing each line's number and roughly how far into the file it is. */
final class TextLines implements Closeable {

    private final String name;
    private final long size;
    private final CountingStream counted;
    private final BufferedReader reader;
    private long lineNumber;

    private TextLines(String name, long size, CountingStream counted) {
        this.name = name;
        this.size = size;
        this.counted = counted;
        this.reader = new BufferedReader(new InputStreamReader(counted, StandardCharsets.UTF_8));
    }

    static TextLines open(Path path) throws IOException {
        return new TextLines(path.getFileName().toString(), Files.size(path),
                new CountingStream(Files.newInputStream(path)));
    }

    /** The file's name, for messages. */
    String name() {
        return name;
    }

    /** The next line that holds a record, skipping blank lines and {@code #} comments; null at the end. */
    String nextRecord() throws IOException {
        String line;
        do {
            line = reader.readLine();
            if (line == null) {
                return null;
            }
            lineNumber++;
        } while (line.isBlank() || line.startsWith("#"));
        return line;
    }

    /** Number of the line last returned by {@link #nextRecord()}, counted from 1. */
    long lineNumber() {
        return lineNumber;
    }

    /** Share of the file's bytes read, including what the reader has buffered ahead. */
    double fractionDone() {
        return size == 0 ? 1 : Math.min(1, (double) counted.count / size);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    private static final class CountingStream extends FilterInputStream {
        private long count;

        CountingStream(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count += n;
            }
            return n;
        }
    }
}
