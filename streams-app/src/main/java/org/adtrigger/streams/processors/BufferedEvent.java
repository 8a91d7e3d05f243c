package org.adtrigger.streams.processors;

import org.adtrigger.schema.Event;

/**
 * A selected event waiting in the batch buffer, with the key and timestamp its outputs will carry, and
 * where its input was read: the coordinates of its dead letter, and the record context of its outputs.
 */
record BufferedEvent(byte[] key, Event event, long timestamp, DeadLetters.Origin origin) {
}
