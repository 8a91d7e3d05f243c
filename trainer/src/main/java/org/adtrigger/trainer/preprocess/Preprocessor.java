package org.adtrigger.trainer.preprocess;

import java.util.Arrays;

/**
 * The fixed input transform in front of the network, part of the exported graph: keep the cells listed in
 * {@code keptCells} (in that order) of a raw row of {@code rawWidth} cells, then scale each kept cell as
 * (x − offset) / scale. The network's width is {@link #keptWidth()}.
 */
public record Preprocessor(int rawWidth, int[] keptCells, float[] offset, float[] scale, Scaling scaling) {
    public Preprocessor {
        if (keptCells.length == 0) {
            throw new IllegalArgumentException("no cell kept: every cell is zero in every training event");
        }
        if (offset.length != keptCells.length || scale.length != keptCells.length) {
            throw new IllegalArgumentException("offset/scale length differs from the number of kept cells");
        }
        int previous = -1;
        for (int cell : keptCells) {
            if (cell <= previous || cell >= rawWidth) {
                throw new IllegalArgumentException("kept cells must be increasing indices below " + rawWidth);
            }
            previous = cell;
        }
        for (float s : scale) {
            if (!(s > 0) || Float.isInfinite(s)) {
                throw new IllegalArgumentException("scales must be positive and finite: " + Arrays.toString(scale));
            }
        }
        keptCells = keptCells.clone();
        offset = offset.clone();
        scale = scale.clone();
    }

    public int keptWidth() {
        return keptCells.length;
    }

    /**
     * 1 / scale, rounded to float once here so that every graph built from this preprocessor multiplies by
     * the very same constants.
     */
    public float[] inverseScale() {
        float[] inverse = new float[scale.length];
        for (int i = 0; i < scale.length; i++) {
            inverse[i] = 1f / scale[i];
        }
        return inverse;
    }

    /**
     * Writes the scaled kept cells of a raw row into {@code out}, in float exactly as the exported graph
     * computes them: (x − offset) · (1 / scale), the inverse rounded to float as in {@link #inverseScale()}.
     */
    public void scale(float[] rawRow, float[] out) {
        for (int k = 0; k < keptCells.length; k++) {
            out[k] = (rawRow[keptCells[k]] - offset[k]) * (1f / scale[k]);
        }
    }

    @Override
    public int[] keptCells() {
        return keptCells.clone();
    }

    @Override
    public float[] offset() {
        return offset.clone();
    }

    @Override
    public float[] scale() {
        return scale.clone();
    }
}
