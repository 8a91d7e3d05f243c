package org.adtrigger.trainer.baseline;

/**
 * The E_T^miss baseline: the score is RMM cell [0][0], E_T^miss/√s in the default convention (E_T^miss in
 * GeV in the THESIS convention), built with the E_T^miss threshold off (see
 * {@link BaselineMethod#rmmOptions}). Nothing is fitted.
 */
public record MetModel(int rawWidth) implements BaselineModel {
    /** Row-major index of cell [0][0]. */
    public static final int MET_CELL = 0;

    public MetModel {
        if (rawWidth < 1) {
            throw new IllegalArgumentException("an RMM row needs at least one cell, got " + rawWidth);
        }
    }

    @Override
    public int[] keptCells() {
        return new int[] {MET_CELL};
    }

    @Override
    public double score(float[] rawRow) {
        return rawRow[MET_CELL];
    }

    @Override
    public String description() {
        return "met (E_T^miss alone: RMM cell [0][0])";
    }

    @Override
    public String scoreDefinition() {
        return "MET";
    }

    @Override
    public String scaler() {
        return "NONE";
    }
}
