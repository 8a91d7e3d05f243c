package org.adtrigger.streams.window;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;

import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/** Store and changelog format of a {@link WindowTally}: a version byte, then the tally's own layout. */
final class WindowTallySerde implements Serde<WindowTally> {
    private static final byte VERSION = 1;

    @Override
    public Serializer<WindowTally> serializer() {
        return (topic, tally) -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(VERSION);
                tally.write(out);
            } catch (IOException e) {
                throw new SerializationException("cannot write a window tally", e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<WindowTally> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(data))) {
                byte version = in.readByte();
                if (version != VERSION) {
                    throw new SerializationException("window tally of format version " + version + ", this software reads " + VERSION);
                }
                return WindowTally.read(in);
            } catch (IOException e) {
                throw new SerializationException("corrupt window tally of " + data.length + " bytes", e);
            }
        };
    }
}
