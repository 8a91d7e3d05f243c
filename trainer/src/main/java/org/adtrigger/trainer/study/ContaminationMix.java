package org.adtrigger.trainer.study;

import org.adtrigger.schema.Event;
import org.adtrigger.schema.serde.SchemaPackageTrust;
import org.adtrigger.schema.TruthLabel;

/**
 * How the contamination study mixes signal into the training data. A fraction f means that f of the mixed
 * sample's events, and of its Σw, are signal: each added signal event weighs as much as an average
 * background event, so the weighted loss sees the signal at the stated fraction whatever its cross
 * section. Added events are labelled {@link TruthLabel#UNKNOWN}, like recorded data, so the trainer treats
 * them as it would treat data: it learns them, and they enter the thresholds.
 */
public final class ContaminationMix {
    static {
        // copying a record fills its enum fields by class name, which Avro refuses unless the package is trusted
        SchemaPackageTrust.install();
    }

    private ContaminationMix() {
    }

    /** Signal events to add to {@code backgroundEvents} so that they make {@code fraction} of the mixture. */
    public static long signalEvents(long backgroundEvents, double fraction) {
        if (!(fraction >= 0 && fraction < 1)) {
            throw new IllegalArgumentException("contamination fraction must be in [0, 1), got " + fraction);
        }
        return Math.round(fraction * backgroundEvents / (1 - fraction));
    }

    /** A copy of a signal event as a contaminant: unlabelled, with the given weight. */
    public static Event contaminant(Event signal, double weight) {
        Event copy = Event.newBuilder(signal).build();
        copy.setLabel(TruthLabel.UNKNOWN);
        copy.setWeight(weight);
        return copy;
    }
}
