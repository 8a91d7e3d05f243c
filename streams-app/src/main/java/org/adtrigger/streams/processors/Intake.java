package org.adtrigger.streams.processors;

import org.adtrigger.schema.DeadLetter;
import org.adtrigger.schema.Event;

/** What intake made of one input record: a valid event, or the dead letter that replaces it. */
public record Intake(Event event, DeadLetter deadLetter) {

    public static Intake valid(Event event) {
        return new Intake(event, null);
    }

    public static Intake rejected(DeadLetter deadLetter) {
        return new Intake(null, deadLetter);
    }

    public boolean isDeadLetter() {
        return deadLetter != null;
    }
}
