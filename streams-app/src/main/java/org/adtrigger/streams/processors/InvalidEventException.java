package org.adtrigger.streams.processors;

/**
 * An input the stream will not score, with the dead-letter reason. Bad input is expected traffic, not a
 * bug, so no stack trace is captured.
 */
public final class InvalidEventException extends RuntimeException {
    private final DeadLetterReason reason;

    public InvalidEventException(DeadLetterReason reason, String message) {
        super(message, null, false, false);
        this.reason = reason;
    }

    public DeadLetterReason reason() {
        return reason;
    }
}
