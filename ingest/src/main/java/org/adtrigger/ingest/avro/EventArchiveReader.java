package org.adtrigger.ingest.avro;

import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.SchemaPackageTrust;
import org.apache.avro.AvroRuntimeException;
import org.apache.avro.InvalidAvroMagicException;
import org.apache.avro.file.DataFileConstants;
import org.apache.avro.file.DataFileReader;
import org.apache.avro.file.DataFileStream;
import org.apache.avro.file.SeekableFileInput;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;

/**
 * Reads {@link Event}s from an Avro object container file one block at a time, so files of any size can be
 * iterated. Archives written with an older or newer {@code Event} schema are resolved against the current
 * one by Avro's schema-resolution rules.
 *
 * <p>Errors: a file that is not an Avro container, or holds records other than {@code Event}, fails in
 * {@code open}; damage found while iterating fails in {@link #hasNext()} / {@link #next()}. Both throw
 * {@link ArchiveFormatException} naming the file, the block (index, and byte offset for files) and the
 * record index. Avro bounds every length it reads by the bytes actually present, so damage cannot make the
 * reader allocate beyond the block.
 */
public final class EventArchiveReader implements Iterator<Event>, Closeable {
    private final DataFileStream<Event> stream;
    private final String source;
    private long records;
    private long block = -1;
    private long leftInBlock;
    /** Length of the file being read, or −1 for a stream. */
    private final long fileLength;

    private EventArchiveReader(DataFileStream<Event> stream, String source, long fileLength) {
        this.stream = stream;
        this.source = source;
        this.fileLength = fileLength;
    }

    public static EventArchiveReader open(Path file) throws IOException {
        requireMagic(file);
        SeekableFileInput input = new SeekableFileInput(file.toFile());
        return open(file.toString(), input, input.length(), () -> new DataFileReader<>(input, eventReader()));
    }

    private static void requireMagic(Path file) throws IOException {
        byte[] magic;
        try (InputStream in = Files.newInputStream(file)) {
            magic = in.readNBytes(DataFileConstants.MAGIC.length);
        }
        if (!Arrays.equals(magic, DataFileConstants.MAGIC)) {
            throw new ArchiveFormatException(file + " is not an Avro object container file", null);
        }
    }

    /**
     * Reads from a stream that cannot seek; closes it when closed. Block offsets go unreported, and a
     * stream cut off at a block boundary or inside the last block reads as a shorter archive (Avro treats
     * end of input while loading a block as the end of the data); use {@link #open(Path)} for files.
     */
    public static EventArchiveReader open(InputStream in, String sourceName) throws IOException {
        return open(sourceName, in, -1, () -> new DataFileStream<>(in, eventReader()));
    }

    /**
     * Decodes into the generated classes named by the reader's schema, {@code Event}'s own: a file's schema only
     * says how its bytes map onto it, so it cannot make the reader instantiate anything else, and Avro's class
     * check trusts nothing beyond {@link SchemaPackageTrust}'s one package. The model must be Avro's own
     * {@link SpecificData} class, not a subclass: only then does Avro use its fast reader, which decodes archives
     * 1.8 times as fast (JMH {@code AvroEventBenchmark.archiveRead}) — the replay tool's main cost per event.
     */
    private static SpecificDatumReader<Event> eventReader() {
        SchemaPackageTrust.install();
        return new SpecificDatumReader<>(null, Event.getClassSchema(), SpecificData.getForClass(Event.class));
    }

    private interface StreamOpener {
        DataFileStream<Event> open() throws IOException;
    }

    private static EventArchiveReader open(String source, Closeable input, long fileLength, StreamOpener opener)
            throws IOException {
        try {
            DataFileStream<Event> stream = opener.open();
            String type = stream.getSchema().getFullName();
            if (!Event.getClassSchema().getFullName().equals(type)) {
                throw new ArchiveFormatException(source + " holds records of type " + type + ", not "
                        + Event.getClassSchema().getFullName(), null);
            }
            return new EventArchiveReader(stream, source, fileLength);
        } catch (InvalidAvroMagicException e) {
            input.close();
            throw new ArchiveFormatException(source + " is not an Avro object container file", e);
        } catch (EOFException e) {
            input.close();
            throw new ArchiveFormatException(source + ": truncated Avro header", e);
        } catch (AvroRuntimeException e) {
            input.close();
            throw new ArchiveFormatException(source + ": unreadable Avro header: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            input.close();
            throw e;
        }
    }

    /** Header metadata written by {@link EventArchiveWriter}, without the key prefix. */
    public Map<String, String> metadata() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String key : stream.getMetaKeys()) {
            if (key.startsWith(EventArchiveWriter.METADATA_PREFIX)) {
                out.put(key.substring(EventArchiveWriter.METADATA_PREFIX.length()), stream.getMetaString(key));
            }
        }
        return out;
    }

    /** The codec name recorded in the header ({@code null}, {@code deflate}, ...). */
    public String codec() {
        String codec = stream.getMetaString("avro.codec");
        return codec == null ? "null" : codec;
    }

    /** Events returned so far. */
    public long recordsRead() {
        return records;
    }

    @Override
    public boolean hasNext() {
        boolean more;
        try {
            more = stream.hasNext();
        } catch (RuntimeException e) {
            throw damaged(e);
        }
        // Avro ends quietly when input runs out inside a block: a file must end where its last block does
        if (!more && stream instanceof DataFileReader<Event> file && file.previousSync() < fileLength) {
            throw new ArchiveFormatException(source + ": truncated or damaged archive: data end inside block "
                    + (block + 1) + ", after record " + records + "; the last complete block ends at byte "
                    + file.previousSync() + " of " + fileLength, null);
        }
        return more;
    }

    @Override
    public Event next() {
        return next(null);
    }

    /** Like {@link #next()}, decoding into {@code reuse} when not null to spare allocation. */
    public Event next(Event reuse) {
        if (!hasNext()) {
            throw new NoSuchElementException(source + ": no more events after " + records);
        }
        if (leftInBlock == 0) {
            block++;
            leftInBlock = stream.getBlockCount();
        }
        try {
            Event event = stream.next(reuse);
            leftInBlock--;
            records++;
            return event;
        } catch (IOException | RuntimeException e) {
            throw damaged(e);
        }
    }

    private ArchiveFormatException damaged(Exception e) {
        // a failure while loading the next block belongs to that block
        long where = leftInBlock == 0 ? block + 1 : block;
        String offset = stream instanceof DataFileReader<Event> file ? offset(file) : "";
        return new ArchiveFormatException(source + ": damaged archive at block " + where + offset + ", record "
                + records + ": " + e.getMessage(), e);
    }

    private static String offset(DataFileReader<Event> file) {
        try {
            return " (after the sync marker at byte " + file.previousSync() + ")";
        } catch (RuntimeException e) {
            return "";
        }
    }

    @Override
    public void close() throws IOException {
        stream.close();
    }
}
