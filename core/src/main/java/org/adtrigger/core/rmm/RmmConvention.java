package org.adtrigger.core.rmm;

/** Which code's cell conventions an RMM follows; the cell-by-cell difference is on {@link RmmBuilder}. */
public enum RmmConvention {
    /** The ATLAS anomaly-detection code (ADFilter): dimensionless cells, energies and masses over √s. */
    ADFILTER,
    /**
     * The seed thesis code, kept to compare with its results: cells in GeV, first row without MET, E_T taken
     * as √(pT² + m²) and the imbalance computed on pT.
     */
    THESIS
}
