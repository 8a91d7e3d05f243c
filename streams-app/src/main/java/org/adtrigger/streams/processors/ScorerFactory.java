package org.adtrigger.streams.processors;

import org.adtrigger.scoring.BatchScorer;

/**
 * Makes a {@link BatchScorer} for one scoring task. Each task of the topology asks for its own when it
 * starts and closes it when it stops, so an instance is only ever used by the stream thread running that
 * task; the model behind the scorers (e.g. one ONNX Runtime session) may be shared.
 */
@FunctionalInterface
public interface ScorerFactory {
    BatchScorer create();
}
