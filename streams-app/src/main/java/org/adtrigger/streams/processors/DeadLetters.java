package org.adtrigger.streams.processors;

import java.nio.ByteBuffer;

import org.adtrigger.schema.DeadLetter;

/**
 * Builds {@link DeadLetter} records, bounded so that a letter always fits the dead-letter topic: failing to
 * write a letter would leave the record neither processed nor dead-lettered.
 */
public final class DeadLetters {
    /**
     * Largest original key or value a letter carries; larger ones are left out (null) and the letter's topic,
     * partition and offset locate the original. Half the producer's default {@code max.request.size} (1 MiB),
     * so a letter with both and its message stays under it.
     */
    public static final int MAX_KEPT_BYTES = 512 * 1024;
    /** Longest error message a letter carries; the rest is cut (a message may quote a huge field). */
    public static final int MAX_MESSAGE_CHARS = 2_000;

    private DeadLetters() {
    }

    /** Where the failed input was read, and its record timestamp; partition −1 and offset −1 when unknown. */
    public record Origin(String topic, int partition, long offset, long timestampMs) {
        public Origin {
            topic = topic == null ? "" : topic;
        }
    }

    /**
     * A letter for the input at {@code origin}. Its message starts with the input's coordinates, so that it
     * alone (in a log line or a consumer's printout) says which input to look at; reason and stage are fields
     * of their own.
     *
     * @param key   the input's key bytes, or null
     * @param value the input's bytes, or null when not at hand
     */
    public static DeadLetter of(Origin origin, byte[] key, byte[] value, DeadLetterReason reason, DeadLetterStage stage,
                                Throwable error) {
        return of(origin, key, value, reason, stage, error, null);
    }

    /** As {@link #of(Origin, byte[], byte[], DeadLetterReason, DeadLetterStage, Throwable)}, with {@code detail}
     *  (e.g. the output topic that refused a record) before the error's message. */
    public static DeadLetter of(Origin origin, byte[] key, byte[] value, DeadLetterReason reason, DeadLetterStage stage,
                                Throwable error, String detail) {
        DeadLetter letter = new DeadLetter();
        letter.setKey(kept(key));
        letter.setValue(reason == DeadLetterReason.OVERSIZE ? null : kept(value));
        letter.setTopic(origin.topic());
        letter.setPartition(origin.partition());
        letter.setOffset(origin.offset());
        letter.setTimestampMs(origin.timestampMs());
        letter.setReason(reason.name());
        letter.setStage(stage.name());
        letter.setErrorClass(error.getClass().getName());
        String message = origin.topic() + " partition " + origin.partition() + " offset " + origin.offset() + ": "
                + (detail == null ? "" : detail + ": ") + error.getMessage();
        letter.setErrorMessage(message.length() <= MAX_MESSAGE_CHARS ? message
                : message.substring(0, MAX_MESSAGE_CHARS) + "... (" + message.length() + " chars)");
        return letter;
    }

    /** {@code bytes} when a letter may carry them, else null. */
    public static byte[] keptOrNull(byte[] bytes) {
        return bytes == null || bytes.length > MAX_KEPT_BYTES ? null : bytes;
    }

    private static ByteBuffer kept(byte[] bytes) {
        return keptOrNull(bytes) == null ? null : ByteBuffer.wrap(bytes);
    }
}
