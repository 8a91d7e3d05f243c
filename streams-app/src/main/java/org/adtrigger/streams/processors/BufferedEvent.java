package org.adtrigger.streams.processors;

import org.adtrigger.schema.Event;

/** A selected event waiting in the batch buffer, with the key and timestamp its outputs will carry. */
record BufferedEvent(byte[] key, Event event, long timestamp) {
}
