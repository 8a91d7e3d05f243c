package org.adtrigger.trainer.model;

/** Trained parameters of one dense layer: kernel [inputs][outputs] and bias [outputs]. */
public record LayerWeights(float[][] kernel, float[] bias) {
}
