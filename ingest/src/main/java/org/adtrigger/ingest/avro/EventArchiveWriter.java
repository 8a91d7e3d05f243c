package org.adtrigger.ingest.avro;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import org.adtrigger.core.io.AtomicOutput;
import org.adtrigger.schema.Event;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes {@link Event}s to an Avro object container file, streaming: memory use is one block whatever the
 * file size. Blocks are cut every {@value #SYNC_INTERVAL_BYTES} bytes of serialised events (about 2 500
 * events): large enough to compress well and amortise the sync markers, small enough that a damaged block
 * costs little and readers can split the file.
 *
 * <p>A writer opened on a path writes under a temporary name ({@link AtomicOutput}): the archive appears at
 * its path only on {@link #commit()}; closed without it (a failure, SIGTERM) it leaves nothing there, so a
 * partial archive can never pass for a complete one.
 */
public final class EventArchiveWriter implements Closeable {
    public static final int SYNC_INTERVAL_BYTES = 256 * 1024;
    /** Prefix of the metadata keys this project writes into archive headers. */
    public static final String METADATA_PREFIX = "adtrigger.";

    private final DataFileWriter<Event> writer;
    private final AtomicOutput output;
    private long count;

    private EventArchiveWriter(DataFileWriter<Event> writer, AtomicOutput output) {
        this.writer = writer;
        this.output = output;
    }

    /** Creates (or, on {@link #commit()}, replaces) {@code file}. */
    public static EventArchiveWriter create(Path file, ArchiveCodec codec) throws IOException {
        return create(file, codec, Map.of());
    }

    /**
     * Creates (or, on {@link #commit()}, replaces) {@code file} with header metadata, see
     * {@link #create(OutputStream, ArchiveCodec, Map)}.
     *
     * @throws IOException naming the file and the reason when it cannot be written
     */
    public static EventArchiveWriter create(Path file, ArchiveCodec codec, Map<String, String> metadata)
            throws IOException {
        AtomicOutput output = AtomicOutput.create(file);
        try {
            return new EventArchiveWriter(open(output.stream(), codec, metadata), output);
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /**
     * Writes an archive to {@code out}, which it closes when closed.
     *
     * @param metadata header entries, stored under {@link #METADATA_PREFIX} + key (provenance: generator
     *                 settings, source files). When given, the sync marker is derived from them rather than
     *                 drawn at random, so the same events with the same provenance give a byte-identical file.
     */
    public static EventArchiveWriter create(OutputStream out, ArchiveCodec codec, Map<String, String> metadata)
            throws IOException {
        return new EventArchiveWriter(open(out, codec, metadata), null);
    }

    private static DataFileWriter<Event> open(OutputStream out, ArchiveCodec codec, Map<String, String> metadata)
            throws IOException {
        DataFileWriter<Event> writer = new DataFileWriter<>(new SpecificDatumWriter<>(Event.class));
        try {
            writer.setCodec(codec.factory());
            writer.setSyncInterval(SYNC_INTERVAL_BYTES);
            metadata.forEach((k, v) -> writer.setMeta(METADATA_PREFIX + k, v));
            if (metadata.isEmpty()) {
                writer.create(Event.getClassSchema(), out);
            } else {
                writer.create(Event.getClassSchema(), out, syncMarker(metadata));
            }
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
        return writer;
    }

    /** MD5 of the sorted metadata entries: 16 bytes, the size of an Avro sync marker. */
    private static byte[] syncMarker(Map<String, String> metadata) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            new TreeMap<>(metadata).forEach((k, v) -> md5.update((k + '\0' + v + '\0').getBytes(StandardCharsets.UTF_8)));
            return md5.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide MD5", e);
        }
    }

    public void append(Event event) throws IOException {
        writer.append(event);
        count++;
    }

    /** Events appended so far. */
    public long count() {
        return count;
    }

    /**
     * Finishes the archive: flushes the last block and, for a writer opened on a path, moves the file into
     * place. Closing the writer afterwards does nothing more.
     */
    public void commit() throws IOException {
        writer.close();
        if (output != null) {
            output.commit();
        }
    }

    /**
     * Closes the archive. A writer opened on a path and not committed discards what it wrote (the target
     * path keeps whatever it held before); one opened on a stream finishes the archive, as it always did.
     */
    @Override
    public void close() throws IOException {
        if (output == null) {
            writer.close();
            return;
        }
        try {
            writer.close();
        } finally {
            output.close();
        }
    }
}
