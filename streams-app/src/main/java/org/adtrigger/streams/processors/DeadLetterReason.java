package org.adtrigger.streams.processors;

/** Why an input record went to the dead-letter topic; the name is the {@code DeadLetter.reason} code. */
public enum DeadLetterReason {
    /** Not an {@code Event} in single-object encoding: corrupt bytes, another record type, a null value. */
    DESERIALIZATION,
    /** Larger than {@code max.record.bytes}; rejected before decoding, and dead-lettered without its bytes. */
    OVERSIZE,
    /** A NaN or infinite number in the event or one of its objects. */
    NON_FINITE,
    /** A negative object pT or a negative E_T^miss. */
    NEGATIVE_PT,
    /** More objects than {@code max.objects}. */
    TOO_MANY_OBJECTS
}
