package org.adtrigger.schema.serde;

import java.io.EOFException;
import org.apache.kafka.common.errors.SerializationException;

/**
 * The wording of every serde failure. Messages end up in dead-letter records and logs read by people
 * who have only the message, so each says which topic, which type and what exactly was wrong.
 */
final class SerdeErrors {

    private SerdeErrors() {
    }

    static SerializationException tooShort(String topic, int length) {
        return new SerializationException(where(topic) + "payload of " + length
                + " bytes is shorter than the " + SingleObjectHeader.LENGTH
                + "-byte Avro single-object header (marker 0xC3 0x01 + 8-byte schema fingerprint)");
    }

    static SerializationException badMarker(String topic, byte first, byte second) {
        return new SerializationException(String.format(
                "%sbad marker 0x%02X 0x%02X, expected 0xC3 0x01: not Avro single-object encoding",
                where(topic), first, second));
    }

    static SerializationException wrongFingerprint(String topic, long actual, RecordSchema<?> expected) {
        String actualType = KnownSchemas.nameOf(actual)
                .map(name -> "is " + name)
                .orElse("matches no ADTrigger schema, current or released (an unreleased version, or not ours)");
        return new SerializationException(where(topic) + "payload fingerprint " + hex(actual) + " " + actualType
                + ", expected " + expected.name() + " (" + hex(expected.fingerprint()) + ")");
    }

    static SerializationException truncatedBody(String topic, RecordSchema<?> type, int length, EOFException cause) {
        return new SerializationException(where(topic) + type.name() + " body ends early (payload of " + length
                + " bytes is truncated or holds a corrupt length): " + cause.getMessage(), cause);
    }

    static SerializationException corruptBody(String topic, RecordSchema<?> type, int length, Exception cause) {
        return new SerializationException(where(topic) + "corrupt " + type.name() + " body (payload of " + length
                + " bytes): " + cause, cause);
    }

    static SerializationException trailingBytes(String topic, RecordSchema<?> type, int trailing, int length) {
        return new SerializationException(where(topic) + trailing + " unexpected bytes after the " + type.name()
                + " body (payload of " + length + " bytes)");
    }

    static SerializationException cannotEncode(String topic, RecordSchema<?> type, Exception cause) {
        return new SerializationException(where(topic) + "cannot encode " + type.name() + ": " + cause, cause);
    }

    /** Fingerprints as 16 hex digits, the way the Avro spec and tools print them. */
    static String hex(long fingerprint) {
        return String.format("0x%016x", fingerprint);
    }

    private static String where(String topic) {
        return topic == null ? "" : "topic '" + topic + "': ";
    }
}
