package org.adtrigger.plots;

import java.util.Locale;

/** How the reports and their plots print numbers, so a table and a plot of one result read alike. */
public final class ReportFormat {
    private ReportFormat() {
    }

    /** A significance for a table: two decimals, "-inf" for p = 1 (every pseudo-experiment at least as extreme). */
    public static String sigma(double z) {
        if (Double.isNaN(z)) {
            return "n/a";
        }
        if (Double.isInfinite(z)) {
            return z > 0 ? "inf" : "-inf";
        }
        return String.format(Locale.ROOT, "%.2f", z);
    }
}
