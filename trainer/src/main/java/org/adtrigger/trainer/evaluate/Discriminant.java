package org.adtrigger.trainer.evaluate;

/** A per-event quantity that selects events by a lower cut: the autoencoder's score or the E_T^miss baseline. */
public enum Discriminant {
    /** The model's anomaly score (reconstruction error, dimensionless). */
    AE_SCORE("autoencoder score", ""),
    /** E_T^miss alone, in GeV: the classic search variable the autoencoder must beat. */
    MET("E_T^miss baseline", "GeV");

    private final String label;
    private final String unit;

    Discriminant(String label, String unit) {
        this.label = label;
        this.unit = unit;
    }

    public String label() {
        return label;
    }

    public String unit() {
        return unit;
    }
}
