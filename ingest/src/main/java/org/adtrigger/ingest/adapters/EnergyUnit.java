package org.adtrigger.ingest.adapters;

import java.util.Locale;

/** The unit a file writes energies and momenta in. */
public enum EnergyUnit {
    MEV(0.001),
    GEV(1);

    private final double toGeV;

    EnergyUnit(double toGeV) {
        this.toGeV = toGeV;
    }

    /** The factor turning a value in this unit into GeV. */
    public double toGeV() {
        return toGeV;
    }

    /** {@code MeV} or {@code GeV}, in any case. */
    public static EnergyUnit parse(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown energy unit '" + name + "'; use MeV or GeV", e);
        }
    }
}
