package org.adtrigger.plots;

import java.awt.Color;

/** The colours of the report plots' background components, so a sample keeps its colour in every report. */
public final class Palette {
    /** Colour-blind-safe palette (Okabe–Ito), cycled. */
    private static final Color[] COLORS = {
            new Color(0x0072B2), new Color(0xE69F00), new Color(0x009E73), new Color(0xCC79A7),
            new Color(0x56B4E9), new Color(0xD55E00), new Color(0xF0E442), new Color(0x000000),
            new Color(0x999999), new Color(0x882255), new Color(0x44AA99)};

    private Palette() {
    }

    public static Color color(int i) {
        return COLORS[i % COLORS.length];
    }
}
