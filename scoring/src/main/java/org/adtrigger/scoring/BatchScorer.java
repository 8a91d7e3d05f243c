package org.adtrigger.scoring;

import java.nio.FloatBuffer;

/**
 * Scores a batch of events from their raw RMM cells in one call. An instance belongs to one stream
 * thread (it owns reusable buffers and is not thread-safe); the model behind it (e.g. one ONNX Runtime
 * session) may be shared between instances.
 *
 * <p>Usage per batch: write event {@code k}'s cells (an RMM of {@link #inputWidth()} floats) at offset
 * {@code k * inputWidth()} of {@link #input()} — e.g. with {@code RmmBuilder.build(event, input(), k * width)} —
 * then call {@link #score(int, float[])}.
 */
public interface BatchScorer extends AutoCloseable {

    /** Raw cells per event (the RMM layout's size²). */
    int inputWidth();

    /** Largest batch {@link #score} accepts. */
    int maxBatch();

    /** Reused input buffer with room for {@link #maxBatch()} × {@link #inputWidth()} floats; write with absolute puts. */
    FloatBuffer input();

    /**
     * Scores the first {@code n} events in {@link #input()} and writes their scores to {@code scores[0..n)}.
     *
     * @throws IllegalArgumentException when n is negative or above {@link #maxBatch()}
     */
    void score(int n, float[] scores);

    /** Releases buffers and native resources owned by this instance (not the shared model). */
    @Override
    void close();
}
