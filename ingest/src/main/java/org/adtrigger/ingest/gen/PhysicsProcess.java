package org.adtrigger.ingest.gen;

import java.util.SplittableRandom;

/**
 * One physics process the generator can produce: its metadata and how to draw the generator-level
 * particles of one event. Instances are immutable and safe to share; all state lives in the random
 * stream and the {@link TruthEvent} passed in. Obtain them from {@link ProcessCatalog}.
 */
public abstract class PhysicsProcess {
    private final ProcessInfo info;

    PhysicsProcess(ProcessInfo info) {
        this.info = info;
    }

    public final ProcessInfo info() {
        return info;
    }

    /** Draws one event's hard process, decays and radiation into {@code out} (already cleared). */
    abstract void generate(SplittableRandom rng, TruthEvent out);

    @Override
    public String toString() {
        return info.sample();
    }
}
