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
    TOO_MANY_OBJECTS,
    /** A text field longer than its limit (the sample name: {@code max.sample.chars}). */
    FIELD_TOO_LONG,
    /** An exception while processing a valid event: in selection, RMM building, scoring or the window stage. */
    PROCESSING_FAILED,
    /** An output or internal record of the event is larger than the producer or broker accepts. */
    OUTPUT_TOO_LARGE,
    /** An output or internal record of the event could not be serialized or produced for another reason. */
    OUTPUT_FAILED
}
