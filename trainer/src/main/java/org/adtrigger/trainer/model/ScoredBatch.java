package org.adtrigger.trainer.model;

/** Scores (one per event) and mean-path reconstructions (scaled space, kept cells only) of a batch. */
public record ScoredBatch(float[] scores, float[][] reconstruction) {
}
