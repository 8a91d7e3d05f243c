package org.adtrigger.streams.config;

/** A configuration key nothing reads: refused at start-up, since a typo would otherwise pass silently. */
public final class UnknownKeyException extends IllegalArgumentException {
    public UnknownKeyException(String message) {
        super(message);
    }
}
