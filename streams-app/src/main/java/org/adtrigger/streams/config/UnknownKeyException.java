package org.adtrigger.streams.config;

import org.adtrigger.ingest.cli.UsageException;

/** A configuration key nothing reads: refused at start-up (a usage error), since a typo would otherwise pass silently. */
public final class UnknownKeyException extends UsageException {
    public UnknownKeyException(String message) {
        super(message);
    }
}
