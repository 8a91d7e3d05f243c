package org.adtrigger.schema;

import org.apache.avro.specific.SpecificRecord;

/**
 * Shallow field-by-field copies of Avro records. Avro's own builders deep-copy through a class-trust check
 * that depends on JVM-wide settings; a shallow copy needs neither, and iterating the schema carries fields
 * added to the schema later without edits here.
 */
public final class RecordCopy {
    private RecordCopy() {
    }

    /** Fills {@code target} with every field of {@code source}, sharing the values, and returns it. */
    public static <T extends SpecificRecord> T shallow(T source, T target) {
        int fields = source.getSchema().getFields().size();
        for (int i = 0; i < fields; i++) {
            target.put(i, source.get(i));
        }
        return target;
    }
}
