package org.adtrigger.streams.window;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInput;
import java.io.DataInputStream;
import java.io.DataOutput;
import java.io.DataOutputStream;
import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The window stage's internal record formats (store values, changelogs, the partials' repartition topic):
 * a version byte, then the value's own binary layout. A record of another version is refused with a clear
 * error rather than misread: these formats are private to one application version and its restarts.
 */
final class VersionedSerde<T> implements Serde<T> {
    /**
     * 2: tallies carry the expected background of their unlabeled events, the models that scored them and the
     * operating point's accepts; 3: the key ALL's tallies carry leading-mass spectra. Version 2 is still read
     * (as tallies without spectra), so an instance of the previous release can hand its state and partials on
     * during a rolling upgrade.
     */
    private static final byte VERSION = 3;
    static final byte WITHOUT_SPECTRA = 2;

    private final String what;
    private final Writer<T> writer;
    private final Reader<T> reader;

    private VersionedSerde(String what, Writer<T> writer, Reader<T> reader) {
        this.what = what;
        this.writer = writer;
        this.reader = reader;
    }

    /** Store and changelog format of a {@link WindowTally}. */
    static Serde<WindowTally> tally() {
        return new VersionedSerde<>("window tally", (tally, out) -> tally.write(out), WindowTally::read);
    }

    /** Format of a {@link WindowUpdate} on the {@code window-partials} repartition topic. */
    static Serde<WindowUpdate> update() {
        return new VersionedSerde<>("window update", WindowUpdate::write, WindowUpdate::read);
    }

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(VERSION);
                writer.write(value, out);
            } catch (IOException e) {
                throw new SerializationException("cannot write a " + what, e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte version = in.readByte();
                if (version != VERSION && version != WITHOUT_SPECTRA) {
                    throw new SerializationException(what + " of format version " + version + ", this software reads "
                            + WITHOUT_SPECTRA + " and " + VERSION);
                }
                return reader.read(in, version);
            } catch (IOException e) {
                throw new SerializationException("corrupt " + what + " of " + data.length + " bytes", e);
            }
        };
    }

    @FunctionalInterface
    private interface Writer<T> {
        void write(T value, DataOutput out) throws IOException;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(DataInput in, byte version) throws IOException;
    }
}
