package org.adtrigger.schema.serde;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads the 10-byte header of Avro single-object encoding: marker {@code 0xC3 0x01}, then the writer
 * schema's 64-bit fingerprint, little-endian. Writing it is left to Avro's
 * {@link org.apache.avro.message.BinaryMessageEncoder}.
 */
final class SingleObjectHeader {

    /** Marker plus fingerprint. */
    static final int LENGTH = 10;

    private static final byte MARKER_FIRST = (byte) 0xC3;
    private static final byte MARKER_SECOND = (byte) 0x01;

    private static final VarHandle LITTLE_ENDIAN_LONG =
            MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private SingleObjectHeader() {
    }

    /**
     * The writer-schema fingerprint of the payload in {@code data[offset, offset + length)}.
     *
     * @throws org.apache.kafka.common.errors.SerializationException when the payload is shorter than the
     *     header or does not start with the marker
     */
    static long fingerprint(String topic, byte[] data, int offset, int length) {
        if (length < LENGTH) {
            throw SerdeErrors.tooShort(topic, length);
        }
        if (data[offset] != MARKER_FIRST || data[offset + 1] != MARKER_SECOND) {
            throw SerdeErrors.badMarker(topic, data[offset], data[offset + 1]);
        }
        return (long) LITTLE_ENDIAN_LONG.get(data, offset + 2);
    }
}
