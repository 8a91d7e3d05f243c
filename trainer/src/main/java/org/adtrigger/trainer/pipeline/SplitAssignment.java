package org.adtrigger.trainer.pipeline;

import org.adtrigger.schema.Event;

/**
 * Assigns each event to the training or the validation split from its identity alone, so the split is the
 * same in every epoch, every run and every process, whatever the order or number of the input files, and
 * needs no memory.
 *
 * <p>Hash: h = FNV-1a (64 bit) over the UTF-16 code units of the sample name; then h = mix(h ⊕ run) and
 * h = mix(h ⊕ eventNumber), where mix is the SplitMix64 finaliser (add the golden-ratio constant, then three
 * xor-shift-multiply rounds), which spreads consecutive event numbers over the whole 64-bit range. The top
 * 53 bits of h as a fraction u in [0, 1) decide: u &lt; validation fraction → validation. The sample name is
 * part of the key because generated samples number their events from 1 each, so run and event number alone
 * would put the same events of every sample in the same split.
 *
 * <p>The split does not depend on the training seed on purpose: models trained with different seeds are
 * validated, and their thresholds computed, on the same events.
 */
public final class SplitAssignment {
    /** The validation share used by {@code adtrigger train}. */
    public static final double DEFAULT_VALIDATION_FRACTION = 0.2;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private final double validationFraction;

    public SplitAssignment(double validationFraction) {
        if (!(validationFraction > 0 && validationFraction < 1)) {
            throw new IllegalArgumentException("validation fraction must be in (0, 1), got " + validationFraction);
        }
        this.validationFraction = validationFraction;
    }

    public double validationFraction() {
        return validationFraction;
    }

    public Split of(Event event) {
        return of(event.getRun(), event.getEventNumber(), event.getSample());
    }

    public Split of(long run, long eventNumber, CharSequence sample) {
        double u = (hash(run, eventNumber, sample) >>> 11) * 0x1.0p-53;
        return u < validationFraction ? Split.VALIDATION : Split.TRAINING;
    }

    static long hash(long run, long eventNumber, CharSequence sample) {
        long h = FNV_OFFSET;
        for (int i = 0; i < sample.length(); i++) {
            h = (h ^ sample.charAt(i)) * FNV_PRIME;
        }
        return mix(mix(h ^ run) ^ eventNumber);
    }

    private static long mix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
