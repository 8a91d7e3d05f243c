package org.adtrigger.ingest.adapters;

/** Thrown while mapping one record that cannot become an event; the caller names the file and record. */
public final class BadRecordException extends Exception {

    private static final long serialVersionUID = 1L;

    public BadRecordException(String reason) {
        super(reason);
    }
}
