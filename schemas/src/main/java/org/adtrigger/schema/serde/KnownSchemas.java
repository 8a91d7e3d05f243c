package org.adtrigger.schema.serde;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;
import org.adtrigger.schema.PhysObject;
import org.adtrigger.schema.ScoredEvent;
import org.adtrigger.schema.WindowSummary;
import org.apache.avro.SchemaNormalization;

/**
 * Names the project's record schemas, current and released, by fingerprint, so that a payload sent to
 * the wrong topic is reported as "is ScoredEvent" rather than as a bare number.
 */
final class KnownSchemas {

    private static final Map<Long, String> NAMES = names();

    private KnownSchemas() {
    }

    private static Map<Long, String> names() {
        Map<Long, String> names = new HashMap<>();
        for (ReleasedSchemas.Release release : ReleasedSchemas.all()) {
            names.put(release.fingerprint(), release.recordName() + " v" + release.version());
        }
        Stream.of(Event.getClassSchema(), PhysObject.getClassSchema(), ScoredEvent.getClassSchema(),
                        WindowSummary.getClassSchema(), DeadLetter.getClassSchema())
                .forEach(schema -> names.put(SchemaNormalization.parsingFingerprint64(schema), schema.getName()));
        return Map.copyOf(names);
    }

    /**
     * The simple name of the project record whose current schema has this fingerprint, or its name and
     * version when the fingerprint is an earlier released schema's, if any.
     */
    static Optional<String> nameOf(long fingerprint) {
        return Optional.ofNullable(NAMES.get(fingerprint));
    }
}
