package org.adtrigger.trainer.data;

import java.util.stream.Stream;

/**
 * A re-openable sequence of batches: each call to {@link #batches()} starts a new pass over the same events
 * in the same order, so one epoch is one pass and nothing has to fit in memory. Readers backed by files open
 * them lazily and release them in the stream's close handler; callers close the stream (try-with-resources).
 */
@FunctionalInterface
public interface BatchSource {
    Stream<Batch> batches();
}
