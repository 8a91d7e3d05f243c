package org.adtrigger.schema.serde;

import static java.util.stream.Collectors.toUnmodifiableMap;

import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;

/**
 * Names the project's record schemas by fingerprint, so that a payload sent to the wrong topic is
 * reported as "is ScoredEvent" rather than as a bare number.
 */
final class KnownSchemas {

    private static final Map<Long, String> NAMES = Stream.of(Event.getClassSchema(), PhysObject.getClassSchema(),
                    ScoredEvent.getClassSchema(), WindowSummary.getClassSchema(), DeadLetter.getClassSchema())
            .collect(toUnmodifiableMap(SchemaNormalization::parsingFingerprint64, Schema::getName));

    private KnownSchemas() {
    }

    /** The simple name of the project record whose current schema has this fingerprint, if any. */
    static Optional<String> nameOf(long fingerprint) {
        return Optional.ofNullable(NAMES.get(fingerprint));
    }
}
