package org.adtrigger.ingest.avro;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Map;
import java.util.TreeMap;
import org.adtrigger.schema.Event;
import org.apache.avro.file.DataFileWriter;
import org.apache.avro.specific.SpecificDatumWriter;

/**
 * Writes {@link Event}s to an Avro object container file, streaming: memory use is one block whatever the
 * file size. Blocks are cut every {@value #SYNC_INTERVAL_BYTES} bytes of serialised events (about 2 500
 * events): large enough to compress well and amortise the sync markers, small enough that a damaged block
 * costs little and readers can split the file.
 */
public final class EventArchiveWriter implements Closeable {
    public static final int SYNC_INTERVAL_BYTES = 256 * 1024;
    /** Prefix of the metadata keys this project writes into archive headers. */
    public static final String METADATA_PREFIX = "adtrigger.";

    private final DataFileWriter<Event> writer;
    private long count;

    private EventArchiveWriter(DataFileWriter<Event> writer) {
        this.writer = writer;
    }

    /** Creates (or replaces) {@code file}. */
    public static EventArchiveWriter create(Path file, ArchiveCodec codec) throws IOException {
        return create(file, codec, Map.of());
    }

    /** Creates (or replaces) {@code file} with header metadata, see {@link #create(OutputStream, ArchiveCodec, Map)}. */
    public static EventArchiveWriter create(Path file, ArchiveCodec codec, Map<String, String> metadata)
            throws IOException {
        return create(Files.newOutputStream(file), codec, metadata);
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
        return new EventArchiveWriter(writer);
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

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
