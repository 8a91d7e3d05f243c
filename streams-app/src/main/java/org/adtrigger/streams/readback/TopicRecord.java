package org.adtrigger.streams.readback;

import org.apache.avro.specific.SpecificRecord;

/**
 * One record read back from a topic: where it sits, its key and either its decoded value or why it could
 * not be decoded.
 *
 * @param key   the key as UTF-8 text, null when the record has none
 * @param value the decoded value, null when {@code error} says why there is none
 * @param error why the value could not be decoded (a foreign or corrupt record), null when it was
 */
public record TopicRecord(String topic, int partition, long offset, long timestampMs, String key,
        SpecificRecord value, String error) {
}
