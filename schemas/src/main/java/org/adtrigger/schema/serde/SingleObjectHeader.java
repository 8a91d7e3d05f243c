package org.adtrigger.schema.serde;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/**
 * Reads the 10-byte header of Avro single-object encoding: marker {@code 0xC3 0x01}, then the writer
 * schema's 64-bit fingerprint, little-endian; and writes it for a fingerprint.
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

    /** The header of a payload written with the schema whose fingerprint is {@code fingerprint}. */
    static byte[] of(long fingerprint) {
        byte[] header = new byte[LENGTH];
        header[0] = MARKER_FIRST;
        header[1] = MARKER_SECOND;
        LITTLE_ENDIAN_LONG.set(header, 2, fingerprint);
        return header;
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
